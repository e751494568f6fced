package io.releasetrain.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.console.OidcProvider.User;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The console in a real headless Chromium, against the real services (each in its own JVM, on the real broker
 * and database), signed in through the OpenID Connect provider as people with different roles.
 */
@QuarkusTest
@WithTestResource(ConsoleTestStack.class)
class ConsoleBrowserTest extends BrowserTestBase {

    @ParameterizedTest
    @EnumSource(User.class)
    void everyRoleSignsInThroughTheProviderAndSeesItsName(User user) {
        ChromeDriver browser = signIn(user);

        assertThat(browser.findElement(By.id("signed-in-as")).getText()).contains(user.name);
        String roles = browser.findElement(By.className("roles")).getText();
        if (user.roles.isEmpty()) {
            assertThat(roles).contains("read only");
        } else {
            assertThat(roles).contains(user.roles);
        }
        screenshot("signed-in-" + user.code());
    }

    @Test
    void aPpcRegisteredElsewhereAppearsOnTheFleetPageAndInTheEventsWithoutAReload() {
        // Given a viewer looking at the Fleet page
        ChromeDriver browser = signIn(User.VIEWER);
        browser.get(url("/fleet"));
        awaitLive(browser);
        browser.executeScript("window.sameDocument = 'yes';");

        // When an org admin registers a PPC through ppc-updater-service's REST API
        String cloudId = registerPpc("CUSTOMER");

        // Then its row appears, in the same document (no reload)
        await().atMost(LIVE).untilAsserted(() -> assertThat(rowsFor(browser, cloudId)).hasSize(1));
        assertThat(browser.executeScript("return window.sameDocument;")).isEqualTo("yes");
        screenshot("fleet");

        // And the Events page lists the registration
        browser.get(url("/events"));
        assertThat(browser.findElement(By.id("event-feed")).getText()).contains("joined the fleet");
        screenshot("events");
    }

    @Test
    void anOperatorSetsMaintenanceOnAPpcWithAReasonAndTheAuditTrailShowsIt() {
        // Given a PPC maintenance-service knows
        String cloudId = registerPpc("CUSTOMER");
        awaitInMaintenanceService(cloudId);

        // When a PPC operator turns maintenance on for it on the Maintenance page
        ChromeDriver browser = signIn(User.OPERATOR);
        browser.get(url("/maintenance"));
        WebElement form = browser.findElement(By.cssSelector(
                "tr[data-cloud-id='" + cloudId + "'] form[action$='/flags/maintenance']"));
        form.findElement(By.name("reason")).sendKeys("Customer asked for a quiet weekend");
        form.findElement(By.name("hours")).sendKeys("4");
        String notice = submit(browser, form.findElement(By.cssSelector("button[data-to='on']")));

        // Then the page says it is done, and maintenance-service has the flag with who and why
        assertThat(notice).isNotBlank();
        given().auth().oauth2(reader())
                .get(maintenanceUrl() + "/clouds/{id}", cloudId)
                .then().statusCode(200)
                .body("maintenance", org.hamcrest.Matchers.equalTo(true))
                .body("holds[0].setBy", org.hamcrest.Matchers.equalTo(User.OPERATOR.name))
                .body("holds[0].reason", org.hamcrest.Matchers.equalTo("Customer asked for a quiet weekend"));
        await().atMost(LIVE).untilAsserted(() -> assertThat(browser.findElement(By.cssSelector(
                "tr[data-cloud-id='" + cloudId + "']")).getText()).contains("maintenance"));
        screenshot("maintenance");

        // And the Audit page shows the change
        browser.get(url("/audit?cloudId=" + cloudId));
        String audit = browser.findElement(By.id("audit-entries")).getText();
        assertThat(audit).contains(User.OPERATOR.name).contains("SET maintenance").contains("Customer asked for a quiet weekend");
        screenshot("audit");
    }

    @Test
    void aRoleThatMayNotSetMaintenanceSeesNoButtonAndIsRefusedWith403WhenItPostsAnyway() {
        // Given a PPC, and an org admin (who may attach PPCs but not set maintenance)
        String cloudId = registerPpc("CUSTOMER");
        awaitInMaintenanceService(cloudId);
        ChromeDriver browser = signIn(User.ORG_ADMIN);

        // When they open the Maintenance page, there is nothing to press
        browser.get(url("/maintenance"));
        await().atMost(LIVE).until(() -> !rowsFor(browser, cloudId).isEmpty());
        assertThat(browser.findElements(By.cssSelector("tr[data-cloud-id='" + cloudId + "'] button"))).isEmpty();
        assertThat(browser.findElement(By.id("read-only")).getText()).contains("ppc-operator");

        // And posting the change anyway (the page's own session and CSRF token) is refused with 403
        Object status = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const body = new URLSearchParams({ 'csrf-token': document.querySelector('meta[name=csrf-token]').content,
                    action: 'on', reason: 'trying anyway' });
                fetch('/maintenance/clouds/' + arguments[0] + '/flags/maintenance', { method: 'POST', body: body })
                    .then(r => r.text().then(t => { document.body.innerHTML = t; done(r.status); }));
                """, cloudId);
        assertThat(status).isEqualTo(403L);
        assertThat(browser.findElement(By.id("error")).getText()).contains("403").contains("Your role may not do this");
        screenshot("maintenance-refused");
        given().auth().oauth2(reader())
                .get(maintenanceUrl() + "/clouds/{id}", cloudId)
                .then().statusCode(200).body("maintenance", org.hamcrest.Matchers.equalTo(false));
    }

    @Test
    void everyFieldHasALabelAndTheFleetFitsAPhone() {
        ChromeDriver browser = signIn(User.PRIMARY);
        for (String page : List.of("/environments", "/promotions", "/calendar", "/fleet", "/maintenance", "/audit", "/events")) {
            browser.get(url(page));
            Object unlabelled = browser.executeScript("""
                    return [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
                        .filter(f => f.labels.length === 0 && !f.getAttribute('aria-label')).map(f => f.name);
                    """);
            assertThat((List<?>) unlabelled).as("fields without a label on " + page).isEmpty();
        }
        browser.manage().window().setSize(Browser.PHONE);
        try {
            for (String page : List.of("fleet", "environments", "calendar")) {
                browser.get(url("/" + page));
                Object overflow = browser.executeScript(
                        "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
                assertThat(overflow).as("the " + page + " page scrolls sideways at phone width").isEqualTo(false);
                screenshot(page + "-phone");
            }
        } finally {
            browser.manage().window().setSize(Browser.LAPTOP);
        }
    }
}
