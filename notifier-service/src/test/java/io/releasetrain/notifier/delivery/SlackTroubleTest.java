package io.releasetrain.notifier.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.events.release.FreezeChanged;
import io.releasetrain.messaging.security.Roles;
import io.releasetrain.notifier.Bus;
import io.releasetrain.notifier.FakeSlack;
import io.releasetrain.notifier.Queue;
import io.releasetrain.notifier.TestClock;
import io.releasetrain.testsupport.TestTokens;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Slack rate-limits, fails, goes away for ten minutes or refuses: messages wait, or die with the reason. */
@QuarkusTest
class SlackTroubleTest {

    private static final String POST = "/chat.postMessage";

    private final FakeSlack slack = new FakeSlack();

    @Inject
    TestClock clock;

    @BeforeEach
    void cleanSlate() {
        Queue.clear();
        slack.healthy();
    }

    @Test
    void aRateLimitedMessageWaitsForRetryAfter() {
        slack.stub(post(urlPathEqualTo(POST)).inScenario("429").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30"))
                .willSetStateTo("answered"));

        String event = Bus.publish(freeze("limited"));

        await().atMost(Duration.ofSeconds(30)).until(() -> slack.count(POST) == 1);
        await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(3)).until(() -> slack.count(POST) == 1);
        clock.advance(Duration.ofSeconds(29));
        await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(3)).until(() -> slack.count(POST) == 1);
        clock.advance(Duration.ofSeconds(2));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(Queue.ofEvent(event))
                .singleElement().satisfies(message -> {
                    assertThat(message.status).isEqualTo(OutgoingMessage.Status.SENT);
                    assertThat(message.attempts).isEqualTo(2);
                    assertThat(message.lastError).contains("HTTP 429");
                }));
        assertThat(slack.count(POST)).isEqualTo(2);
    }

    @Test
    void aTenMinuteOutageDelaysMessagesThenDeliversThemInOrder() {
        slack.everyCallAnswers(aResponse().withStatus(503));

        List<String> events = List.of(Bus.publish(freeze("first")), Bus.publish(freeze("second")),
                Bus.publish(freeze("third")));
        await().atMost(Duration.ofSeconds(30)).until(() -> Queue.messages().size() == 3 && slack.count(POST) >= 1);
        for (int minute = 0; minute < 10; minute++) {
            for (int half = 0; half < 2; half++) {
                int before = slack.count(POST);
                clock.advance(Duration.ofSeconds(30));
                await().atMost(Duration.ofSeconds(10)).until(() -> slack.count(POST) > before
                        || Queue.messages().get(0).nextAttemptMs > clock.millis());
            }
        }

        assertThat(Queue.messages()).allSatisfy(message ->
                assertThat(message.status).isEqualTo(OutgoingMessage.Status.PENDING));
        assertThat(Queue.messages().get(0).attempts).isGreaterThanOrEqualTo(10);
        assertThat(slack.postedTexts()).allSatisfy(text -> assertThat(text).endsWith(": first"));

        slack.healthy();
        clock.advance(Duration.ofMinutes(1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            clock.advance(Duration.ofSeconds(1));
            assertThat(Queue.inStatus(OutgoingMessage.Status.SENT)).hasSize(3);
        });
        assertThat(slack.postedTexts()).hasSize(3).satisfiesExactly(
                text -> assertThat(text).endsWith(": first"),
                text -> assertThat(text).endsWith(": second"),
                text -> assertThat(text).endsWith(": third"));
        assertThat(events).allSatisfy(event -> assertThat(Queue.ofEvent(event)).hasSize(1));
    }

    @Test
    void aTransientRefusalIsRetried() {
        slack.stub(post(urlPathEqualTo(POST)).inScenario("internal").whenScenarioStateIs(STARTED)
                .willReturn(okJson("{\"ok\":false,\"error\":\"internal_error\"}"))
                .willSetStateTo("answered"));

        String event = Bus.publish(freeze("flaky"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            clock.advance(Duration.ofSeconds(1));
            assertThat(Queue.ofEvent(event)).singleElement().satisfies(message -> {
                assertThat(message.status).isEqualTo(OutgoingMessage.Status.SENT);
                assertThat(message.lastError).isEqualTo("internal_error");
            });
        });
    }

    @Test
    void aMessageSlackRefusesForGoodIsDeadListedAndCanBeRetried() {
        slack.stub(post(urlPathEqualTo(POST)).withRequestBody(containing("doomed"))
                .willReturn(okJson("{\"ok\":false,\"error\":\"channel_not_found\"}")));

        String doomed = Bus.publish(freeze("doomed"));
        String after = Bus.publish(freeze("after it"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            clock.advance(Duration.ofSeconds(1));
            assertThat(Queue.ofEvent(doomed)).singleElement().satisfies(message -> {
                assertThat(message.status).isEqualTo(OutgoingMessage.Status.DEAD);
                assertThat(message.lastError).isEqualTo("channel_not_found");
            });
            assertThat(Queue.ofEvent(after).get(0).status).isEqualTo(OutgoingMessage.Status.SENT);
        });
        long id = Queue.ofEvent(doomed).get(0).id;
        given().auth().oauth2(TestTokens.forRoles("reader@example.com"))
                .get("/messages/dead")
                .then().statusCode(200)
                .body("find { it.id == " + id + " }.lastError", equalTo("channel_not_found"))
                .body("find { it.id == " + id + " }.channel", equalTo("#releases"));

        given().contentType(ContentType.JSON).body("{\"reason\":\"bot invited\"}")
                .post("/messages/{id}/retry", id).then().statusCode(401);
        given().auth().oauth2(TestTokens.forRoles("reader@example.com")).contentType(ContentType.JSON)
                .body("{\"reason\":\"bot invited\"}")
                .post("/messages/{id}/retry", id).then().statusCode(403);
        given().auth().oauth2(TestTokens.forRoles("carol@example.com", Roles.ONCALL_SECONDARY)).contentType(ContentType.JSON)
                .body("{}")
                .post("/messages/{id}/retry", id).then().statusCode(400).body("status", equalTo(400));
        given().auth().oauth2(TestTokens.forRoles("carol@example.com", Roles.ONCALL_SECONDARY)).contentType(ContentType.JSON)
                .body("{\"reason\":\"bot invited\"}")
                .post("/messages/{id}/retry", 987654321).then().statusCode(404);

        slack.healthy();
        given().auth().oauth2(TestTokens.forRoles("carol@example.com", Roles.ONCALL_SECONDARY)).contentType(ContentType.JSON)
                .body("{\"reason\":\"bot invited\"}")
                .post("/messages/{id}/retry", id)
                .then().statusCode(200).body("status", equalTo("PENDING")).body("retriedBy", equalTo("carol@example.com"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            clock.advance(Duration.ofSeconds(1));
            assertThat(Queue.ofEvent(doomed).get(0).status).isEqualTo(OutgoingMessage.Status.SENT);
        });
        assertThat(slack.postedTexts()).singleElement().asString().endsWith(": doomed");
        assertThat(Queue.ofEvent(doomed).get(0).retryReason).isEqualTo("bot invited");
        given().auth().oauth2(TestTokens.forRoles("reader@example.com"))
                .get("/messages/dead").then().statusCode(200).body("id", org.hamcrest.Matchers.not(hasItem((int) id)));
    }

    private static FreezeChanged freeze(String reason) {
        return new FreezeChanged("production", true, "alice", reason, null);
    }
}
