package io.releasetrain.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.console.OidcProvider.User;
import io.releasetrain.events.ci.BuildResult;
import io.releasetrain.events.ci.BuildType;
import io.releasetrain.events.ci.CiBuildFinished;
import io.releasetrain.events.ci.CiProvider;
import io.releasetrain.testsupport.TestTokens;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A production promotion on the console, against the real promoter (GitHub played by WireMock, CI results on the
 * bus as ingress publishes them): watched live, refused to a role that may not approve, approved by the primary.
 */
@QuarkusTest
@WithTestResource(ConsoleTestStack.class)
class PromotionBrowserTest extends BrowserTestBase {

    private static final String PR_CHECK = "continuous-integration/travis-ci/pr";

    private final GitHubStubs github = new GitHubStubs();

    @Test
    void aProductionPromotionAdvancesLiveIsRefusedToTheSecondaryAndIsApprovedByThePrimary() {
        // Given a promotion staging → production started by the primary on-call
        String candidate = sha();
        String merge = sha();
        int pull = ThreadLocalRandom.current().nextInt(1_000, 9_000);
        github.promotion("staging", "production", pull, candidate, merge);
        String id = given().baseUri(promoterUrl()).auth().oauth2(TestTokens.forRoles(User.PRIMARY.name, "oncall-primary"))
                .contentType(ContentType.JSON).body("{\"to\":\"production\",\"reason\":\"Tuesday release\"}")
                .post("/promotions").then().statusCode(201).extract().path("id");

        // And a viewer watching the Environments page
        ChromeDriver browser = signIn(User.VIEWER);
        browser.get(url("/environments"));
        awaitLive(browser);
        browser.executeScript("window.sameDocument = 'yes';");
        // (the promoter opens the pull request a moment after the request: the page may first show it REQUESTED)
        await().atMost(LIVE).untilAsserted(() -> assertThat(inFlightState(browser)).isEqualTo("CHECKS_PENDING"));
        await().atMost(LIVE).ignoreException(StaleElementReferenceException.class).untilAsserted(() -> assertThat(
                board(browser, "production").findElement(By.cssSelector("a[data-link='pull-request']"))
                        .getAttribute("href")).endsWith("/pull/" + pull));

        // When the pull request's CI build passes (as ingress announces it on ci-events)
        publish(build(BuildType.PULL_REQUEST, "production", candidate, pull, PR_CHECK), "promoter-service");

        // Then the page shows it waiting for an approval, within moments and without a reload
        await().atMost(LIVE).untilAsserted(() -> assertThat(inFlightState(browser)).isEqualTo("AWAITING_APPROVAL"));
        assertThat(browser.executeScript("return window.sameDocument;")).isEqualTo("yes");
        assertThat(text(browser, "article[data-environment='production']")).contains("CHECKS_PASSED");
        screenshot("environments");

        // When the secondary on-call opens it, there is no approve button, and posting anyway is refused with 403
        ChromeDriver secondary = signIn(User.SECONDARY);
        secondary.get(url("/promotions/" + id));
        assertThat(secondary.findElements(By.cssSelector("button[data-action='approve']"))).isEmpty();
        assertThat(secondary.findElement(By.id("read-only")).getText()).contains("oncall-primary");
        Object status = ((JavascriptExecutor) secondary).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const body = new URLSearchParams({ 'csrf-token': document.querySelector('meta[name=csrf-token]').content,
                    reason: 'approving anyway' });
                fetch('/promotions/' + arguments[0] + '/approve', { method: 'POST', body: body })
                    .then(r => r.text().then(t => { document.body.innerHTML = t; done(r.status); }));
                """, id);
        assertThat(status).isEqualTo(403L);
        assertThat(secondary.findElement(By.id("error")).getText()).contains("403").contains("Your role may not do this");
        screenshot("promotion-refused");
        assertThat(promoterState(id)).isEqualTo("AWAITING_APPROVAL");
        assertThat(github.merges(pull)).isZero();

        // When the primary approves it with a reason
        ChromeDriver primary = signIn(User.PRIMARY);
        primary.get(url("/promotions/" + id));
        String form = "#promotion-controls form[action$='/approve']";
        typeReason(primary, form, "Staging verified; ship it");
        String notice = submit(primary, primary.findElement(By.cssSelector(form + " button[data-action='approve']")));

        // Then it is merged once, and the promoter records who approved it
        assertThat(notice).contains("Approve: done");
        await().atMost(LIVE).until(() -> github.merges(pull) == 1);
        given().baseUri(promoterUrl()).auth().oauth2(reader()).get("/promotions/{id}", id).then().statusCode(200)
                .body("approvedBy", org.hamcrest.Matchers.equalTo(User.PRIMARY.name))
                .body("timeline.detail", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("Staging verified; ship it")));

        // When production's push build passes at the merge commit, the open page follows it to VERIFIED
        primary.executeScript("window.sameDocument = 'yes';");
        publish(build(BuildType.PUSH, "production", merge, null, null), "promoter-service");
        await().atMost(LIVE).untilAsserted(() -> assertThat(text(primary, "#promotion-state")).isEqualTo("VERIFIED"));
        assertThat(primary.executeScript("return window.sameDocument;")).isEqualTo("yes");
        assertThat(text(primary, "#promotion-detail")).contains("Staging verified; ship it");
        screenshot("promotion");

        // And the Environments page says production runs the merge commit, by this promotion
        primary.get(url("/environments"));
        assertThat(board(primary, "production").findElement(By.cssSelector("code.sha")).getAttribute("data-sha")).isEqualTo(merge);
        assertThat(board(primary, "production").getText()).contains(id);
        primary.get(url("/promotions"));
        assertThat(primary.findElement(By.cssSelector("tr[data-promotion-id='" + id + "']")).getText()).contains("VERIFIED");
        screenshot("promotions");
    }

    @Test
    void theCalendarShowsTheTrainsAndOnCallFreezesAndUnfreezesWithReasons() {
        // Given the secondary on-call on the Calendar page: both trains with their next slot
        ChromeDriver browser = signIn(User.SECONDARY);
        browser.get(url("/calendar"));
        assertThat(browser.findElement(By.cssSelector("tr[data-train='nightly']")).getText()).contains("testing → staging");
        assertThat(browser.findElement(By.cssSelector("tr[data-train='tuesday'] .next-slot time")).getAttribute("datetime"))
                .isNotBlank();

        // When they freeze staging over a day next year, giving a reason
        WebElement form = browser.findElement(By.id("freeze-form"));
        form.findElement(By.cssSelector("input[name='environments'][value='staging']")).click();
        int year = Instant.now().atZone(java.time.ZoneOffset.UTC).getYear() + 1;
        setValue(browser, form.findElement(By.name("start")), year + "-06-01T09:00");
        setValue(browser, form.findElement(By.name("end")), year + "-06-02T09:00");
        form.findElement(By.name("reason")).sendKeys("Customer conference");
        String created = submit(browser, form.findElement(By.cssSelector("button[type='submit']")));

        // Then the promoter has the freeze, by them, and the page lists it
        assertThat(created).contains("created");
        List<java.util.Map<String, Object>> freezes = given().baseUri(promoterUrl()).auth().oauth2(reader())
                .get("/freezes").then().statusCode(200).extract().jsonPath().getList("$");
        java.util.Map<String, Object> freeze = freezes.stream().filter(f -> "Customer conference".equals(f.get("reason")))
                .findFirst().orElseThrow();
        assertThat(freeze.get("createdBy")).isEqualTo(User.SECONDARY.name);
        assertThat(freeze.get("environments")).isEqualTo(List.of("staging"));
        WebElement row = browser.findElement(By.cssSelector("tr[data-freeze-id='" + freeze.get("id") + "']"));
        assertThat(row.getText()).contains("Customer conference");
        screenshot("calendar");

        // When they end it with a reason, the promoter records the end
        row.findElement(By.name("reason")).sendKeys("Conference cancelled");
        assertThat(submit(browser, row.findElement(By.cssSelector("button[data-action='end-freeze']")))).contains("ended");
        given().baseUri(promoterUrl()).auth().oauth2(reader()).get("/freezes/{id}", freeze.get("id")).then()
                .statusCode(200).body("endedBy", org.hamcrest.Matchers.equalTo(User.SECONDARY.name))
                .body("endReason", org.hamcrest.Matchers.equalTo("Conference cancelled"));

        // And a viewer sees the calendar but no freeze control
        ChromeDriver viewer = signIn(User.VIEWER);
        viewer.get(url("/calendar"));
        assertThat(viewer.findElements(By.id("freeze-form"))).isEmpty();
        assertThat(viewer.findElements(By.cssSelector("button[data-action='end-freeze']"))).isEmpty();
        assertThat(viewer.findElement(By.id("read-only")).getText()).contains("oncall-secondary");
    }

    private static void setValue(ChromeDriver browser, WebElement input, String value) {
        // Typing into datetime-local depends on the browser's locale; the value is what the form sends.
        browser.executeScript("arguments[0].value = arguments[1];", input, value);
    }

    private static WebElement board(ChromeDriver browser, String environment) {
        return browser.findElement(By.cssSelector("article[data-environment='" + environment + "']"));
    }

    private static String inFlightState(ChromeDriver browser) {
        return text(browser, "article[data-environment='production'] [data-in-flight-state]");
    }

    /** The text of the first element matching {@code css}, read in one step (live regions are replaced as events arrive). */
    private static String text(ChromeDriver browser, String css) {
        Object text = browser.executeScript("const e = document.querySelector(arguments[0]); return e ? e.innerText : '';", css);
        return String.valueOf(text).strip();
    }

    private static String promoterState(String id) {
        return given().baseUri(promoterUrl()).auth().oauth2(reader()).get("/promotions/{id}", id).then().statusCode(200)
                .extract().path("state");
    }

    private static CiBuildFinished build(BuildType type, String branch, String sha, Integer pull, String workflow) {
        String buildId = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_000_000));
        Instant now = Instant.now();
        return new CiBuildFinished(CiProvider.TRAVIS, ConsoleTestStack.REPOSITORY, branch, sha, buildId, "7",
                type, pull, List.of(), "https://travis-ci.com/" + ConsoleTestStack.REPOSITORY + "/builds/" + buildId,
                now.minusSeconds(60), BuildResult.PASSED, now, workflow);
    }

    private static String sha() {
        byte[] bytes = new byte[20];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
