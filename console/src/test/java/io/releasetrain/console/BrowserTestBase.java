package io.releasetrain.console;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.http.TestHTTPResource;
import io.releasetrain.console.OidcProvider.User;
import io.releasetrain.events.EventCatalog;
import io.releasetrain.events.EventJson;
import io.releasetrain.events.ReleaseTrainEvent;
import io.releasetrain.messaging.CloudEventHeaders;
import io.releasetrain.testsupport.TestKafka;
import io.releasetrain.testsupport.TestTokens;
import io.restassured.http.ContentType;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** What the browser tests share: signing in through the provider, the console's URLs, and the world around it. */
abstract class BrowserTestBase {

    /** How long anything that travels over the bus may take to show. */
    static final Duration LIVE = Duration.ofSeconds(15);

    @TestHTTPResource("/")
    URL console;

    /** Signs in as {@code user} in a fresh session and returns the browser, on the Fleet page. */
    ChromeDriver signIn(User user) {
        ChromeDriver browser = Browser.driver();
        browser.get(url("/signed-out"));
        browser.manage().deleteAllCookies();
        browser.get(url("/fleet"));
        browser.findElement(By.linkText("Sign in as " + user.name)).click();
        await().atMost(LIVE).until(() -> !browser.findElements(By.id("signed-in-as")).isEmpty());
        return browser;
    }

    /** The console's URL of {@code path}. */
    String url(String path) {
        String base = console.toString();
        return base.substring(0, base.length() - 1) + path;
    }

    /**
     * Clicks a form's submit button and waits for the page the console answers with: the old page gone, then
     * its notice. An error page instead fails at once with what it says (and a screenshot and the page's HTML
     * under {@code target/screenshots/failed-*}), so a failure names its cause rather than a missing element.
     *
     * @return the notice's text
     */
    static String submit(ChromeDriver browser, WebElement button) {
        WebElement page = browser.findElement(By.tagName("html"));
        button.click();
        await().atMost(LIVE).until(() -> isStale(page)
                && !(browser.findElements(By.id("notice")).isEmpty() && browser.findElements(By.id("error")).isEmpty()));
        if (browser.findElements(By.id("notice")).isEmpty()) {
            String name = "failed-" + System.nanoTime();
            screenshot(name);
            Browser.savePage(name);
            throw new AssertionError("The console answered " + browser.getCurrentUrl() + " with an error instead of a notice: "
                    + browser.findElement(By.id("error")).getText() + " (page saved as target/screenshots/" + name + ".html)");
        }
        return browser.findElement(By.id("notice")).getText();
    }

    /**
     * Types a reason into a form of a live region: clicks into the field first, as a person would (from then on
     * the console leaves the region alone), and again if a refresh replaced the form before that.
     */
    static void typeReason(ChromeDriver browser, String form, String reason) {
        await().atMost(LIVE).ignoreException(StaleElementReferenceException.class).until(() -> {
            WebElement field = browser.findElement(By.cssSelector(form + " [name='reason']"));
            field.click();
            field.sendKeys(reason);
            return reason.equals(field.getAttribute("value"));
        });
    }

    private static boolean isStale(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException gone) {
            return true;
        }
    }

    static Path screenshot(String name) {
        return Browser.screenshot(name);
    }

    static void awaitLive(ChromeDriver browser) {
        await().atMost(LIVE).until(() -> "live".equals(
                browser.findElement(By.id("live-status")).getAttribute("data-state")));
    }

    static List<WebElement> rowsFor(ChromeDriver browser, String cloudId) {
        return browser.findElements(By.cssSelector("tr[data-cloud-id='" + cloudId + "']"));
    }

    /** Registers a PPC through ppc-updater-service's REST API, as an org admin would; returns its cloud id. */
    static String registerPpc(String kind) {
        String cloudId = UUID.randomUUID().toString();
        Map<String, Object> body = new HashMap<>(Map.of("cloudId", cloudId,
                // <prefix>-ppc-<suffix>: a name the update jobs can take apart (else its updates fail at once)
                "name", "console-ppc-" + cloudId.substring(0, 8), "orgId", "org-" + cloudId.substring(0, 4),
                "kind", kind));
        given().baseUri(config(ConsoleTestStack.PPC_UPDATER_URL))
                .auth().oauth2(TestTokens.forRoles(User.ORG_ADMIN.name, "org-admin"))
                .contentType(ContentType.JSON).body(body)
                .post("/ppcs")
                .then().statusCode(201);
        return cloudId;
    }

    /** Waits until maintenance-service has heard of the PPC from the bus. */
    static void awaitInMaintenanceService(String cloudId) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .auth().oauth2(reader())
                .get(maintenanceUrl() + "/clouds/{id}", cloudId)
                .then().statusCode(200));
    }

    /** Publishes an event on its topic as the service that owns it would (CloudEvent headers, JSON data). */
    static void publish(ReleaseTrainEvent event, String source) {
        var type = EventCatalog.of(event);
        TestKafka.send(type.topic(), event.key(), Map.of(
                CloudEventHeaders.SPEC_VERSION, "1.0",
                CloudEventHeaders.ID, UUID.randomUUID().toString(),
                CloudEventHeaders.TYPE, type.name(),
                CloudEventHeaders.SOURCE, source,
                CloudEventHeaders.SUBJECT, event.subject(),
                CloudEventHeaders.TIME, Instant.now().toString(),
                CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON), EventJson.write(event));
    }

    static String reader() {
        return TestTokens.forRoles("reader@example.com");
    }

    static String maintenanceUrl() {
        return config(ConsoleTestStack.MAINTENANCE_URL);
    }

    static String ppcUpdaterUrl() {
        return config(ConsoleTestStack.PPC_UPDATER_URL);
    }

    static String promoterUrl() {
        return config(ConsoleTestStack.PROMOTER_URL);
    }

    static String config(String key) {
        return ConfigProvider.getConfig().getValue(key, String.class);
    }
}
