package io.releasetrain.promoter.ingress.travis;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.releasetrain.promoter.Webhooks.awaitEvent;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.events.EventJson;
import io.releasetrain.events.Topics;
import io.releasetrain.events.ci.BuildResult;
import io.releasetrain.events.ci.CiBuildFinished;
import io.releasetrain.events.ci.CiBuildStarted;
import io.releasetrain.promoter.PromoterTestResources;
import io.releasetrain.promoter.TravisKeys;
import io.releasetrain.promoter.TravisPayloads;
import io.releasetrain.testsupport.TestWireMock;
import io.restassured.response.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TravisWebhookTest {

    private static final String REPO = PromoterTestResources.SERVICE_REPOSITORY;
    private static final String SHA = "116112a0c0a3c1fa896e0087b041ab1bd91ff625";

    @BeforeEach
    void travisPublishesItsKey() {
        TravisKeys.serve();
    }

    @Test
    void aStartedPushBuildIsACiBuildStartedOnCiEvents() {
        long buildId = newBuildId();

        Response response = send(TravisPayloads.build(REPO, buildId, "push", "started", SHA));

        response.then().statusCode(202).body("status", equalTo("accepted"))
                .body("deliveryId", startsWith(buildId + ":"));
        String deliveryId = response.path("deliveryId");
        ConsumerRecord<String, String> record = awaitEvent(Topics.CI_EVENTS, "travis:" + deliveryId).get(0);
        CiBuildStarted started = EventJson.read(CiBuildStarted.class, record.value());
        assertThat(record.key()).isEqualTo(REPO + "/staging");
        assertThat(started.buildId()).isEqualTo(String.valueOf(buildId));
        assertThat(started.jobs()).hasSize(2);
    }

    @Test
    void aPassedPullRequestBuildIsACiBuildFinished() {
        long buildId = newBuildId();

        Response response = send(TravisPayloads.build(REPO, buildId, "pull_request", "passed", SHA));

        response.then().statusCode(202);
        CiBuildFinished finished = EventJson.read(CiBuildFinished.class,
                awaitEvent(Topics.CI_EVENTS, "travis:" + response.path("deliveryId")).get(0).value());
        assertThat(finished.result()).isEqualTo(BuildResult.PASSED);
        assertThat(finished.pullRequestNumber()).isEqualTo(42);
        assertThat(finished.commitSha()).isEqualTo(SHA);
    }

    @Test
    void theSameNotificationTwiceIsADuplicate() {
        String payload = TravisPayloads.build(REPO, newBuildId(), "push", "failed", SHA);

        send(payload).then().statusCode(202);
        send(payload).then().statusCode(200).body("status", equalTo("duplicate"));
    }

    @Test
    void aSignatureByAnotherKeyIs401AndAMissingOneToo() {
        String payload = TravisPayloads.build(REPO, newBuildId(), "push", "passed", SHA);

        post(form(payload), TravisKeys.signAsStranger(payload.getBytes(StandardCharsets.UTF_8))).then()
                .statusCode(401).body("message", containsString("does not verify"));
        post(form(payload), null).then().statusCode(401).body("message", equalTo("Signature header is missing"));
        post(form(payload), "%%%not base64%%%").then().statusCode(401).body("message", containsString("base64"));
    }

    @Test
    void aRotatedKeyIsFetchedAgainAndTheNotificationAccepted() {
        send(TravisPayloads.build(REPO, newBuildId(), "push", "started", SHA)).then().statusCode(202);

        TravisKeys.rotate();

        send(TravisPayloads.build(REPO, newBuildId(), "push", "passed", SHA)).then().statusCode(202);
    }

    @Test
    void whenTravisCannotSayWhichKeyIsCurrentTheAnswerIs503() {
        String payload = TravisPayloads.build(REPO, newBuildId(), "push", "passed", SHA);
        TestWireMock.client().register(get(urlPathEqualTo("/config")).willReturn(aResponse().withStatus(502)));

        post(form(payload), TravisKeys.signAsStranger(payload.getBytes(StandardCharsets.UTF_8))).then()
                .statusCode(503).header("Retry-After", equalTo("7")).body("status", equalTo(503));
    }

    @Test
    void aBodyWithoutAPayloadFieldIs400() {
        post("build=1", TravisKeys.sign("".getBytes(StandardCharsets.UTF_8))).then()
                .statusCode(400).body("message", containsString("'payload' field"));
    }

    @Test
    void aRepositoryWeDoNotServeIs403() {
        send(TravisPayloads.build("acme/other", newBuildId(), "push", "passed", SHA)).then()
                .statusCode(403).body("message", containsString("acme/other"));
    }

    private static Response send(String payload) {
        return post(form(payload), TravisKeys.sign(payload.getBytes(StandardCharsets.UTF_8)));
    }

    private static Response post(String form, String signature) {
        var request = given().contentType("application/x-www-form-urlencoded").header("Travis-Repo-Slug", REPO).body(form);
        if (signature != null) {
            request = request.header("Signature", signature);
        }
        return request.post("/webhooks/travis");
    }

    private static String form(String payload) {
        return "payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8);
    }

    private static long newBuildId() {
        return ThreadLocalRandom.current().nextLong(100_000_000L, 900_000_000L);
    }
}
