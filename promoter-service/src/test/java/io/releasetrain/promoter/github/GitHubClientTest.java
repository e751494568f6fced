package io.releasetrain.promoter.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static io.restassured.RestAssured.given;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.messaging.remote.RemoteNotFoundException;
import io.releasetrain.messaging.remote.RemoteRateLimitedException;
import io.releasetrain.messaging.remote.RemoteRejectedException;
import io.releasetrain.messaging.remote.RemoteUnavailableException;
import io.releasetrain.testsupport.TestClock;
import io.releasetrain.testsupport.TestWireMock;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** One test per answer GitHub's deliveries API can give: each hook id is used by one test only. */
@QuarkusTest
class GitHubClientTest {

    private static final String REPO = "acme/client-test";
    private static final AtomicLong HOOK_IDS = new AtomicLong(70_000);
    private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");

    @Inject
    GitHubClient client;

    private final WireMock wireMock = TestWireMock.client();

    @Test
    void twoHundredListsDeliveriesAcrossPagesWithTheTokenAndApiVersion() {
        long hook = HOOK_IDS.incrementAndGet();
        String path = deliveriesPath(hook);
        wireMock.register(get(urlPathEqualTo(path)).atPriority(1).withQueryParam("cursor", equalTo("v1_2"))
                .willReturn(okJson(deliveries(2, "b", 502))));
        wireMock.register(get(urlPathEqualTo(path)).atPriority(2).withQueryParam("per_page", equalTo("100"))
                .withHeader("Authorization", WireMock.matching("Bearer .+"))
                .withHeader("X-GitHub-Api-Version", equalTo("2022-11-28"))
                .withHeader("Accept", equalTo("application/vnd.github+json"))
                .willReturn(okJson(deliveries(1, "a", 200))
                        .withHeader("Link", "<" + TestWireMock.baseUrl() + path + "?per_page=100&cursor=v1_2>; rel=\"next\"")));

        List<HookDelivery> listed = client.deliveriesSince(REPO, hook, LONG_AGO, 10);

        assertThat(listed).extracting(HookDelivery::guid).containsExactly("a", "b");
        assertThat(listed).extracting(HookDelivery::succeeded).containsExactly(true, false);
    }

    @Test
    void fourOhFourIsNotFound() {
        long hook = HOOK_IDS.incrementAndGet();
        wireMock.register(get(urlPathEqualTo(deliveriesPath(hook))).willReturn(aResponse().withStatus(404)
                .withBody("{\"message\":\"Not Found\"}")));

        assertThatThrownBy(() -> client.deliveriesSince(REPO, hook, LONG_AGO, 10))
                .isInstanceOf(RemoteNotFoundException.class).hasMessageContaining("hook " + hook);
        wireMock.verifyThat(1, getRequestedFor(urlPathEqualTo(deliveriesPath(hook))));
    }

    @Test
    void fourTwentyNineIsWaitedOutAndRetried() {
        long hook = HOOK_IDS.incrementAndGet();
        String path = deliveriesPath(hook);
        wireMock.register(get(urlPathEqualTo(path)).inScenario("limited-" + hook).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("lifted"));
        wireMock.register(get(urlPathEqualTo(path)).inScenario("limited-" + hook).whenScenarioStateIs("lifted")
                .willReturn(okJson(deliveries(1, "after-limit", 200))));

        assertThat(client.deliveriesSince(REPO, hook, LONG_AGO, 1)).extracting(HookDelivery::guid).containsExactly("after-limit");
        wireMock.verifyThat(2, getRequestedFor(urlPathEqualTo(path)));
    }

    @Test
    void aRateLimitLongerThanWeWaitFailsAtOnceSayingWhenToRetry() {
        long hook = HOOK_IDS.incrementAndGet();
        long reset = TestClock.now().plusSeconds(3600).getEpochSecond();
        wireMock.register(get(urlPathEqualTo(deliveriesPath(hook))).willReturn(aResponse().withStatus(403)
                .withHeader("X-RateLimit-Remaining", "0").withHeader("X-RateLimit-Reset", String.valueOf(reset))
                .withBody("{\"message\":\"API rate limit exceeded\"}")));

        assertThatThrownBy(() -> client.deliveriesSince(REPO, hook, LONG_AGO, 1))
                .isInstanceOfSatisfying(RemoteRateLimitedException.class,
                        e -> assertThat(e.retryAt()).isEqualTo(Instant.ofEpochSecond(reset)));
        wireMock.verifyThat(1, getRequestedFor(urlPathEqualTo(deliveriesPath(hook))));
    }

    @Test
    void aPlainFourOhThreeIsAPermissionProblemNotARateLimit() {
        long hook = HOOK_IDS.incrementAndGet();
        wireMock.register(get(urlPathEqualTo(deliveriesPath(hook))).willReturn(aResponse().withStatus(403)
                .withBody("{\"message\":\"Resource not accessible by personal access token\"}")));

        assertThatThrownBy(() -> client.deliveriesSince(REPO, hook, LONG_AGO, 1))
                .isInstanceOf(RemoteRejectedException.class).hasMessageContaining("not accessible");
    }

    @Test
    void fiveHundredIsRetriedWithBackoffThenUnavailable() {
        long hook = HOOK_IDS.incrementAndGet();
        wireMock.register(get(urlPathEqualTo(deliveriesPath(hook))).willReturn(aResponse().withStatus(500)));

        assertThatThrownBy(() -> client.deliveriesSince(REPO, hook, LONG_AGO, 1))
                .isInstanceOf(RemoteUnavailableException.class).hasMessageContaining("3 attempts");
        wireMock.verifyThat(3, getRequestedFor(urlPathEqualTo(deliveriesPath(hook))));
    }

    @Test
    void aTimeoutIsRetriedThenUnavailable() {
        long hook = HOOK_IDS.incrementAndGet();
        wireMock.register(get(urlPathEqualTo(deliveriesPath(hook))).willReturn(okJson("[]").withFixedDelay(1500)));

        assertThatThrownBy(() -> client.deliveriesSince(REPO, hook, LONG_AGO, 1))
                .isInstanceOf(RemoteUnavailableException.class).hasMessageContaining("timed out");
        wireMock.verifyThat(3, getRequestedFor(urlPathEqualTo(deliveriesPath(hook))));
    }

    @Test
    void redeliveryIsAPostToTheAttemptsOfTheDelivery() {
        long hook = HOOK_IDS.incrementAndGet();
        String path = deliveriesPath(hook) + "/12345/attempts";
        wireMock.register(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(202).withBody("{}")));

        client.redeliver(REPO, hook, 12345);

        wireMock.verifyThat(1, postRequestedFor(urlPathEqualTo(path)));
    }

    @Test
    void aSecondaryRateLimitOnFourOhThreeWithRetryAfterIsWaitedOutAndShowsInTheMetrics() {
        long hook = HOOK_IDS.incrementAndGet();
        String path = deliveriesPath(hook);
        wireMock.register(get(urlPathEqualTo(path)).inScenario("secondary-" + hook).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(403).withHeader("Retry-After", "1")
                        .withBody("{\"message\":\"You have exceeded a secondary rate limit\"}")).willSetStateTo("lifted"));
        wireMock.register(get(urlPathEqualTo(path)).inScenario("secondary-" + hook).whenScenarioStateIs("lifted")
                .willReturn(okJson(deliveries(1, "after-secondary-limit", 200))));

        List<HookDelivery> listed = client.deliveriesSince(REPO, hook, LONG_AGO, 1);

        assertThat(listed).extracting(HookDelivery::guid).containsExactly("after-secondary-limit");
        wireMock.verifyThat(2, getRequestedFor(urlPathEqualTo(path)));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("releasetrain_remote_rate_limit_wait_seconds_count{system=\"github\"}"))
                .body(containsString("releasetrain_remote_retries_total{operation=\"list_hook_deliveries\",system=\"github\"}"));
    }

    @Test
    void aRedirectIsNotFollowedSoTheTokenNeverReachesAnotherHost() {
        long hook = HOOK_IDS.incrementAndGet();
        String elsewhere = "/elsewhere/" + hook;
        wireMock.register(get(urlPathEqualTo(deliveriesPath(hook))).willReturn(aResponse().withStatus(302)
                .withHeader("Location", TestWireMock.baseUrl().replace("127.0.0.1", "localhost") + elsewhere)));
        wireMock.register(get(urlPathEqualTo(elsewhere)).willReturn(okJson("[]")));

        assertThatThrownBy(() -> client.deliveriesSince(REPO, hook, LONG_AGO, 1))
                .isInstanceOf(RemoteRejectedException.class).hasMessageContaining("redirects are not followed");
        wireMock.verifyThat(0, getRequestedFor(urlPathEqualTo(elsewhere)));
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndClosesOnceGitHubAnswersAgain() {
        long healthy = HOOK_IDS.incrementAndGet();
        long failing = HOOK_IDS.incrementAndGet();
        wireMock.register(get(urlPathEqualTo(deliveriesPath(healthy))).willReturn(okJson(deliveries(1, "healthy", 200))));
        wireMock.register(get(urlPathEqualTo(deliveriesPath(failing))).willReturn(aResponse().withStatus(503)));
        for (int i = 0; i < 8; i++) {
            client.deliveriesSince(REPO, healthy, LONG_AGO, 1); // earlier tests' failures leave the window
        }

        // Given eight failed attempts in a row (three calls of up to three attempts)
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> client.deliveriesSince(REPO, failing, LONG_AGO, 1))
                    .isInstanceOf(RemoteUnavailableException.class);
        }
        wireMock.verifyThat(8, getRequestedFor(urlPathEqualTo(deliveriesPath(failing))));

        // When the circuit is open, nothing is sent, even for a healthy hook
        assertThatThrownBy(() -> client.deliveriesSince(REPO, healthy, LONG_AGO, 1))
                .isInstanceOf(RemoteUnavailableException.class).hasMessageContaining("circuit open");
        wireMock.verifyThat(8, getRequestedFor(urlPathEqualTo(deliveriesPath(healthy))));

        // Then after its delay a trial call goes through and closes it
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .ignoreExceptionsInstanceOf(RemoteUnavailableException.class).untilAsserted(() ->
                assertThat(client.deliveriesSince(REPO, healthy, LONG_AGO, 1)).extracting(HookDelivery::guid)
                        .containsExactly("healthy"));
        assertThat(client.deliveriesSince(REPO, healthy, LONG_AGO, 1)).hasSize(1);
        wireMock.verifyThat(8, getRequestedFor(urlPathEqualTo(deliveriesPath(failing))));
    }

    private static String deliveriesPath(long hook) {
        return "/repos/" + REPO + "/hooks/" + hook + "/deliveries";
    }

    /** A page of GitHub's "list deliveries for a repository webhook" answer. */
    static String deliveries(long id, String guid, int statusCode) {
        return "[{\"id\":" + id + ",\"guid\":\"" + guid + "\",\"delivered_at\":\"" + TestClock.now().minusSeconds(60)
                + "\",\"redelivery\":false,\"duration\":0.27,\"status\":\"" + (statusCode == 200 ? "OK" : "Invalid HTTP Response: " + statusCode)
                + "\",\"status_code\":" + statusCode + ",\"event\":\"push\",\"action\":null,\"installation_id\":null,"
                + "\"repository_id\":186853002,\"throttled_at\":null}]";
    }
}
