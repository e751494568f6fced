package io.releasetrain.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.console.OidcProvider.User;
import io.releasetrain.events.release.ReleaseManifest;
import io.releasetrain.events.release.ReleasePromoted;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** A customer rollout on the console: approved, paused and resumed by on-call; watched by everyone else. */
@QuarkusTest
@WithTestResource(ConsoleTestStack.class)
class RolloutBrowserTest extends BrowserTestBase {

    @Test
    void onCallApprovesPausesAndResumesARolloutThatOthersOnlyWatch() {
        // Given customer PPCs, and a release promoted to production as the promoter announces it
        registerPpc("CUSTOMER");
        registerPpc("CUSTOMER");
        String version = "3.99." + UUID.randomUUID().toString().substring(0, 6);
        publish(new ReleasePromoted("promotion-" + version, "production", "abc1234def5678", "release-train",
                new ReleaseManifest(version, null)), "promoter-service");
        String rolloutId = awaitRolloutOf(version);

        // When a viewer opens it, they see its progress and no control
        ChromeDriver browser = signIn(User.VIEWER);
        browser.get(url("/rollouts/" + rolloutId));
        assertThat(state(browser)).isEqualTo("AWAITING_APPROVAL");
        assertThat(browser.findElements(By.cssSelector("#rollout-detail button"))).isEmpty();
        assertThat(browser.findElement(By.id("read-only")).getText()).contains("oncall-primary");

        // And the primary on-call finds it in the list, approves, pauses and resumes it, giving reasons
        browser = signIn(User.PRIMARY);
        browser.get(url("/rollouts"));
        browser.findElement(By.linkText(rolloutId)).click();
        act(browser, "approve", "Production verified; go");
        assertThat(state(browser)).isIn("RUNNING", "FINISHED");
        screenshot("rollout-running");
        assertThat(act(browser, "pause", "Customer reported an incident; hold the next waves")).contains("Pause: done");
        assertThat(state(browser)).isEqualTo("PAUSED");
        screenshot("rollout-paused");
        act(browser, "resume", "Incident unrelated");
        assertThat(state(browser)).isIn("RUNNING", "FINISHED");

        // Then ppc-updater-service holds the outcome, and the list shows it
        given().auth().oauth2(reader()).get(ppcUpdaterUrl() + "/rollouts/{id}", rolloutId)
                .then().statusCode(200).body("state", org.hamcrest.Matchers.isOneOf("RUNNING", "FINISHED"));
        browser.get(url("/rollouts"));
        assertThat(browser.findElement(By.cssSelector("tr[data-rollout-id='" + rolloutId + "']")).getText()).contains(version);
        screenshot("rollouts");
    }

    /** Takes {@code action} with a reason from the rollout's controls; returns the console's notice. */
    private static String act(ChromeDriver browser, String action, String reason) {
        String form = "#rollout-controls form[action$='/" + action + "']";
        typeReason(browser, form, reason); // a running rollout's controls are refreshed live
        return submit(browser, browser.findElement(By.cssSelector(form + " button[data-action='" + action + "']")));
    }

    private static String state(ChromeDriver browser) {
        return browser.findElement(By.id("rollout-state")).getText();
    }

    private static String awaitRolloutOf(String version) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<java.util.Map<String, Object>> rollouts = given().auth().oauth2(reader())
                    .get(ppcUpdaterUrl() + "/rollouts").then().statusCode(200).extract().jsonPath().getList("$");
            return rollouts.stream().filter(r -> version.equals(r.get("version")))
                    .map(r -> (String) r.get("rolloutId")).findFirst().orElse(null);
        }, java.util.Objects::nonNull);
    }
}
