package io.releasetrain.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.releasetrain.systemtests.RunningServices.Service;
import io.releasetrain.testsupport.TestTokens;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The demo's release week ({@code ./release-train demo}, i.e. {@code scripts/LocalTrain.java}) end to end: the four
 * services and the sandbox as processes, the real broker and database, and one fault: the promoter is SIGKILLed
 * while the nightly promotion waits for its checks, and started again. The week must end as it would have
 * without the fault: the same SHAs in every environment, every PPC on the release, the rollout halted once and
 * resumed, one merge per promotion and no Slack message twice.
 */
class ReleaseWeekTest {

    private static final String BEFORE = "v1.4.0";
    private static final String IN_MAINTENANCE = "acme-ppc-03";
    private static final String FAILING = "globex-ppc-02";
    private static final String READER = TestTokens.forRoles("week-test@example.com");

    @Test
    void theWeekReachesEveryEnvironmentAndPpcOnceEvenWhenThePromoterIsKilledMidPromotion() {
        // Given the demo's fleet: 4 service PPCs, 50 customer PPCs, one opted out of health checks
        LocalTrainRun.run("seed", Duration.ofSeconds(120));

        // When the week runs and the promoter is killed while the nightly promotion's checks run, then started again
        LocalTrainRun week = LocalTrainRun.start("demo");
        await("the nightly promotion waiting for its checks").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> stagingPromotionPullRequest() != null || !week.isAlive());
        Integer pullRequest = stagingPromotionPullRequest();
        assertThat(pullRequest).as("the nightly promotion's pull request (demo so far:\n%s)", week.output()).isNotNull();
        RunningServices.killAndRestart(Service.PROMOTER);
        assertThat(pull(sandboxState(), pullRequest).get("merged")).as("merged before the promoter was killed").isEqualTo(false);
        String output = week.finish(Duration.ofSeconds(240));

        // Then the rollout halted on the failing PPC and was resumed
        assertThat(output).contains("rollout HALTED").contains("rollout resumed after retrying " + FAILING);
        JsonPath state = sandboxState();
        Map<String, String> branches = state.getMap("github.branches");
        Map<String, Object> staged = onlyMergedPullInto(state, "staging");
        Map<String, Object> production = onlyMergedPullInto(state, "production");
        assertThat(staged.get("number")).isEqualTo(pullRequest);

        // And each environment runs its promotion's merge commit: master's head staged, staging's merge released
        assertThat(staged.get("headSha")).isEqualTo(branches.get("master"));
        assertThat(branches.get("staging")).isEqualTo(staged.get("mergeCommitSha"));
        assertThat(production.get("headSha")).isEqualTo(staged.get("mergeCommitSha"));
        assertThat(branches.get("production")).isEqualTo(production.get("mergeCommitSha"));
        JsonPath environments = promoter().get("/environments").then().statusCode(200).extract().jsonPath();
        assertThat(environments.getString("find { it.name == 'staging' }.sha")).isEqualTo(branches.get("staging"));
        assertThat(environments.getString("find { it.name == 'production' }.sha")).isEqualTo(branches.get("production"));

        // And the release is the pulumi-ppc revision the demo pinned (v1.5.0), in both promotions' manifests
        String released = manifestRevision("production", production);
        assertThat(manifestRevision("staging", staged)).isEqualTo(released);
        assertThat(released).isNotEqualTo(BEFORE).matches("[0-9a-f]{40}");

        // And no pull request was merged twice, not even tried: the restarted promoter adopted what it had
        assertThat(state.getList("github.pullRequests.findAll { it.merged }.mergeAttempts", Integer.class))
                .containsExactly(1, 1);

        // And every PPC of staging, production and the customers runs the release; testing's stays where it was
        assertPpcVersions(released);

        // And the rollout completed with the failing PPC retried and the one in maintenance picked up afterwards
        JsonPath rollouts = ppcUpdater().get("/rollouts").then().statusCode(200).extract().jsonPath();
        assertThat(rollouts.getList("rolloutId")).hasSize(1);
        JsonPath rollout = ppcUpdater().get("/rollouts/{id}", rollouts.getString("[0].rolloutId"))
                .then().statusCode(200).extract().jsonPath();
        assertThat(rollout.getString("state")).isEqualTo("COMPLETED");
        assertThat(rollout.getString("version")).isEqualTo(released);
        assertThat(rollout.getInt("total.succeeded")).isEqualTo(50);
        assertThat(rollout.getInt("ppcs.find { it.name == '" + FAILING + "' }.attempts")).isEqualTo(2);
        assertThat(rollout.getString("ppcs.find { it.name == '" + IN_MAINTENANCE + "' }.state")).isEqualTo("SUCCEEDED");

        // And Slack told the week once: the halt, the resume, and no message posted twice
        assertSlackTranscript();
    }

    private static void assertPpcVersions(String released) {
        List<Map<String, Object>> registry = ppcUpdater().get("/ppcs").then().statusCode(200).extract().jsonPath()
                .getList("$");
        Map<String, Object> inSandbox = given().baseUri(RunningServices.sandboxUrl()).get("/sandbox/ppcs").then()
                .statusCode(200).extract().jsonPath().getList("$", Map.class).stream()
                .collect(Collectors.toMap(p -> (String) p.get("name"), p -> String.valueOf(p.get("version"))));
        List<String> customers = new ArrayList<>();
        for (Map<String, Object> ppc : registry) {
            String name = (String) ppc.get("name");
            boolean customer = "CUSTOMER".equals(ppc.get("kind"));
            if (customer) {
                customers.add(name);
            }
            if (customer || "staging".equals(ppc.get("environment")) || "production".equals(ppc.get("environment"))) {
                assertThat(ppc.get("version")).as("registry version of %s", name).isEqualTo(released);
                assertThat(inSandbox.get(name)).as("version %s runs", name).isEqualTo(released);
            } else if ("testing-moolumi-ppc-default".equals(name)) {
                assertThat(ppc.get("version")).as("testing is not promoted to").isEqualTo(BEFORE);
            }
        }
        assertThat(customers).hasSize(50).contains(IN_MAINTENANCE, FAILING, "FAKE-PPC-FOR-TESTING");
    }

    @SuppressWarnings("unchecked")
    private static void assertSlackTranscript() {
        List<Map<String, Object>> channels = given().baseUri(RunningServices.sandboxUrl()).get("/sandbox/slack/transcript")
                .then().statusCode(200).extract().jsonPath().getList("$");
        List<String> all = new ArrayList<>();
        Map<String, Integer> perThread = new HashMap<>();
        for (Map<String, Object> channel : channels) {
            for (Object item : (List<?>) channel.get("messages")) {
                Map<?, ?> message = (Map<?, ?>) item;
                String head = String.valueOf(message.get("text"));
                all.add(head);
                perThread.merge("#" + channel.get("name") + " " + head, 1, Integer::sum);
                for (Object reply : (List<?>) message.get("replies")) {
                    String text = String.valueOf(((Map<?, ?>) reply).get("text"));
                    all.add(text);
                    perThread.merge(head + " ↳ " + text, 1, Integer::sum);
                }
            }
        }
        // The one message that is rightly there twice: the failing PPC's update was started twice (failed, retried).
        Map<String, Integer> repeated = new HashMap<>(perThread);
        repeated.values().removeIf(count -> count == 1);
        assertThat(repeated).as("messages posted more than once").hasSize(1)
                .allSatisfy((text, count) -> assertThat(text).contains(":arrows_counterclockwise: Updating PPC *" + FAILING + "*"))
                .containsValue(2);
        assertThat(all).anyMatch(text -> text.contains("Rollout halted by"))
                .anyMatch(text -> text.contains("Rollout resumed by"));
        // One thread per promotion, each telling its merge once
        List<Map<String, Object>> releases = channels.stream().filter(c -> "releases".equals(c.get("name")))
                .flatMap(c -> ((List<Map<String, Object>>) c.get("messages")).stream()).toList();
        for (String thread : List.of("*staging* ← master", "*production* ← staging")) {
            List<Map<String, Object>> heads = releases.stream()
                    .filter(m -> String.valueOf(m.get("text")).startsWith(thread)).toList();
            assertThat(heads).as("threads of %s", thread).hasSize(1);
            assertThat((List<Map<String, Object>>) heads.get(0).get("replies"))
                    .filteredOn(r -> String.valueOf(r.get("text")).contains("Merged by")).hasSize(1);
        }
    }

    /** The pull request number of the nightly promotion once it waits for its checks, or null. */
    private static Integer stagingPromotionPullRequest() {
        try {
            JsonPath promotions = promoter().get("/promotions?target=staging").then().extract().jsonPath();
            return promotions.get("find { it.state == 'CHECKS_PENDING' && it.pullRequestNumber != null }.pullRequestNumber");
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String manifestRevision(String target, Map<String, Object> pull) {
        return promoter().get("/promotions?target={target}", target).then().statusCode(200).extract().jsonPath()
                .getString("find { it.pullRequestNumber == " + pull.get("number") + " }.manifest.ppcVersion");
    }

    private static Map<String, Object> onlyMergedPullInto(JsonPath state, String base) {
        List<Map<String, Object>> merged = state.getList("github.pullRequests.findAll { it.merged && it.base == '" + base + "' }");
        assertThat(merged).as("merged pull requests into %s", base).hasSize(1);
        return merged.get(0);
    }

    private static Map<String, Object> pull(JsonPath state, int number) {
        return state.getMap("github.pullRequests.find { it.number == " + number + " }");
    }

    private static JsonPath sandboxState() {
        return given().baseUri(RunningServices.sandboxUrl()).get("/sandbox/state").then().statusCode(200).extract().jsonPath();
    }

    private static io.restassured.specification.RequestSpecification promoter() {
        return given().baseUri(RunningServices.baseUrl(Service.PROMOTER)).auth().oauth2(READER);
    }

    private static io.restassured.specification.RequestSpecification ppcUpdater() {
        return given().baseUri(RunningServices.baseUrl(Service.PPC_UPDATER)).auth().oauth2(READER);
    }
}
