package io.releasetrain.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.releasetrain.cli.http.Service;
import java.time.Duration;
import io.releasetrain.events.scm.CommitState;
import io.releasetrain.events.scm.CommitStatusChanged;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** {@code rt promote|approve|abandon|cherry-pick|promotion|watch} against the running promoter-service. */
class PromotionCommandTest {

    private final FakeGitHub github = new FakeGitHub();
    private final Cli secondary = Cli.signedIn("sam@example.com", "oncall-secondary");

    @Test
    void aStagingPromotionStartsShowsInStatusTakesAFixAndIsAbandoned() {
        // Given GitHub accepting a promotion of a candidate
        String sha = sha();
        int pull = github.acceptsPromotions(sha);

        // When secondary on-call promotes it to staging
        Cli.Result started = secondary.run("promote", "staging", "--sha", sha, "--reason", "nightly did not run", "-o", "json");

        // Then the promotion is open with its pull request, staging shows it in flight, and it can be followed
        assertThat(started.exitCode()).as(started.toString()).isZero();
        String id = started.json().path("id").asText();
        assertThat(started.json().path("targetEnvironment").asText()).isEqualTo("staging");
        assertThat(started.json().path("requestedBy").asText()).isEqualTo("sam@example.com");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(secondary.run("promotion", "show", id, "-o", "json").json().path("pullRequestNumber").asInt())
                        .isEqualTo(pull));
        JsonNode staging = environment(secondary.run("status", "-o", "json").json(), "staging");
        assertThat(staging.path("inFlightPromotionId").asText()).isEqualTo(id);
        Cli.Result shown = secondary.run("promotion", "show", id);
        assertThat(shown.out()).contains("promotion " + id).contains("testing -> staging").contains("PR #" + pull)
                .contains("sam@example.com");
        Cli.Result listed = secondary.run("promotion", "list", "--target", "staging");
        // Promotions started in the same second have no order between them (MariaDB keeps whole seconds).
        assertThat(listed.lines().subList(1, listed.lines().size())).anySatisfy(line -> assertThat(line).startsWith(id));

        // When a fix is taken and the promotion is then abandoned
        Cli.Result fixed = secondary.run("cherry-pick", id, "fix/login", "--reason", "fixes the login");
        Cli.Result abandoned = secondary.run("abandon", id, "--reason", "login still broken", "-o", "json");

        // Then both are recorded, and watching it ends at once with exit 1
        assertThat(fixed.exitCode()).as(fixed.toString()).isZero();
        assertThat(fixed.out()).contains("Took fix/login into promotion " + id);
        assertThat(abandoned.exitCode()).as(abandoned.toString()).isZero();
        assertThat(abandoned.json().path("state").asText()).isEqualTo("ABANDONED");
        Cli.Result watched = secondary.run("watch", id);
        assertThat(watched.exitCode()).isEqualTo(1);
        assertThat(watched.err()).contains("Promotion " + id + " ended ABANDONED");
        Cli.Result history = secondary.run("history", "staging", "-o", "json");
        assertThat(history.exitCode()).as(history.toString()).isZero();
        assertThat(history.json().findValuesAsText("promotionId")).contains(id);
    }

    @Test
    void productionNeedsPrimaryAndWaitsForApprovalOnceChecksPass() {
        // Given a production promotion whose checks passed
        String sha = sha();
        github.acceptsPromotions(sha);
        Cli primary = Cli.signedIn("olive@example.com", "oncall-primary");
        Cli.Result refused = secondary.run("promote", "production", "--sha", sha, "--reason", "Tuesday");
        Cli.Result started = primary.run("promote", "production", "--sha", sha, "--reason", "Tuesday", "-o", "json");
        assertThat(started.exitCode()).as(started.toString()).isZero();
        String id = started.json().path("id").asText();
        github.checks(sha, "success");
        Bus.publish(new CommitStatusChanged(FakeGitHub.REPOSITORY, sha, FakeGitHub.CHECK, CommitState.SUCCESS,
                "https://travis-ci.com/" + FakeGitHub.REPOSITORY + "/builds/2", "The Travis CI build passed", List.of()),
                "promoter-service");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                primary.run("promotion", "show", id, "-o", "json").json().path("state").asText()).isEqualTo("AWAITING_APPROVAL"));

        // When secondary tries to approve, watching stops for a person, and primary approves
        Cli.Result notAllowed = secondary.run("approve", id, "--reason", "looks good");
        Cli.Result watched = primary.run("watch", id);
        Cli.Result approved = primary.run("approve", id, "--reason", "staging verified", "-o", "json");

        // Then
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("oncall-primary").contains("sam@example.com with roles oncall-secondary");
        assertThat(notAllowed.exitCode()).isEqualTo(1);
        assertThat(notAllowed.err()).contains("ask one of them to run: rt approve " + id);
        assertThat(watched.exitCode()).isEqualTo(1);
        assertThat(watched.err()).contains("AWAITING_APPROVAL").contains("rt approve " + id);
        assertThat(approved.exitCode()).as(approved.toString()).isZero();
        assertThat(approved.json().path("approvedBy").asText()).isEqualTo("olive@example.com");
    }

    @Test
    void aSecondPromotionIntoTheSameEnvironmentIsRefusedWhileOneIsInFlight() {
        String sha = sha();
        github.acceptsPromotions(sha);
        String id = secondary.run("promote", "staging", "--sha", sha, "--reason", "first", "-o", "json").json()
                .path("id").asText();

        Cli.Result second = secondary.run("promote", "staging", "--sha", sha, "--reason", "second");
        secondary.run("abandon", id, "--reason", "test over");

        assertThat(second.exitCode()).isEqualTo(1);
        assertThat(second.err()).contains("refused");
    }

    @Test
    void anUnknownPromotionAndADownPromoterSayWhatToDo() {
        Cli.Result unknown = secondary.run("approve", "no-such-promotion", "--reason", "r");
        Cli.Result down = Cli.signedIn("sam@example.com", "oncall-secondary").withDown(Service.PROMOTER)
                .run("promote", "staging", "--reason", "r");

        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("rt promotion list");
        assertThat(down.exitCode()).isEqualTo(3);
        assertThat(down.err()).contains("promoter-service").contains("RT_PROMOTER_URL");
    }

    private static JsonNode environment(JsonNode status, String name) {
        for (JsonNode env : status.path("environments")) {
            if (name.equals(env.path("name").asText())) {
                return env;
            }
        }
        throw new AssertionError("No environment " + name + " in " + status);
    }

    private static String sha() {
        byte[] bytes = new byte[20];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
