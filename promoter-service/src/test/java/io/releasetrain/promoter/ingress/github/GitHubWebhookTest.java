package io.releasetrain.promoter.ingress.github;

import static io.releasetrain.promoter.Webhooks.awaitEvent;
import static io.releasetrain.promoter.Webhooks.github;
import static io.releasetrain.promoter.Webhooks.newDeliveryId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.events.EventJson;
import io.releasetrain.events.Topics;
import io.releasetrain.events.scm.BranchPushed;
import io.releasetrain.events.scm.PullRequestClosed;
import io.releasetrain.promoter.GitHubPayloads;
import io.releasetrain.promoter.PromoterTestResources;
import io.releasetrain.promoter.Webhooks;
import io.releasetrain.testsupport.TestKafka;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GitHubWebhookTest {

    private static final String REPO = PromoterTestResources.SERVICE_REPOSITORY;

    @Inject
    DataSource dataSource;

    @Test
    void everyHandledEventReachesItsTopicUnderAnIdDerivedFromTheDelivery() {
        String sha = "9049f1265b7d61be4a8904a9a27120d2064dab3b";
        Map<String, String[]> sent = new LinkedHashMap<>();
        sent.put("push", new String[] {GitHubPayloads.push(REPO, sha), Topics.SCM_EVENTS, "io.releasetrain.scm.branch-pushed"});
        sent.put("opened", new String[] {GitHubPayloads.pullRequest(REPO, "opened", 42, sha, false), Topics.SCM_EVENTS,
                "io.releasetrain.pull-request.opened"});
        sent.put("synchronize", new String[] {GitHubPayloads.pullRequest(REPO, "synchronize", 42, sha, false),
                Topics.SCM_EVENTS, "io.releasetrain.pull-request.synchronized"});
        sent.put("reopened", new String[] {GitHubPayloads.pullRequest(REPO, "reopened", 42, sha, false), Topics.SCM_EVENTS,
                "io.releasetrain.pull-request.reopened"});
        sent.put("merged", new String[] {GitHubPayloads.pullRequest(REPO, "closed", 42, sha, true), Topics.SCM_EVENTS,
                "io.releasetrain.pull-request.closed"});
        sent.put("abandoned", new String[] {GitHubPayloads.pullRequest(REPO, "closed", 43, sha, false), Topics.SCM_EVENTS,
                "io.releasetrain.pull-request.closed"});
        sent.put("status", new String[] {GitHubPayloads.status(REPO, sha), Topics.SCM_EVENTS, "io.releasetrain.commit-status.changed"});
        sent.put("check_suite", new String[] {GitHubPayloads.checkSuite(REPO, sha), Topics.SCM_EVENTS, "io.releasetrain.check.finished"});
        sent.put("check_run", new String[] {GitHubPayloads.checkRun(REPO, sha), Topics.SCM_EVENTS, "io.releasetrain.check.finished"});
        sent.put("workflow_started", new String[] {GitHubPayloads.workflowRun(REPO, "in_progress", 501, sha, "push", null, null),
                Topics.CI_EVENTS, "io.releasetrain.ci.build-started"});
        sent.put("workflow_finished", new String[] {GitHubPayloads.workflowRun(REPO, "completed", 501, sha, "push", "success", null),
                Topics.CI_EVENTS, "io.releasetrain.ci.build-finished"});
        Map<String, String> deliveries = new LinkedHashMap<>();

        for (Map.Entry<String, String[]> delivery : sent.entrySet()) {
            String id = newDeliveryId();
            deliveries.put(delivery.getKey(), id);
            github(eventHeader(delivery.getKey()), id, delivery.getValue()[0]).then()
                    .statusCode(202)
                    .body("status", equalTo("accepted"))
                    .body("deliveryId", equalTo(id))
                    .body("events", contains(delivery.getValue()[2]));
        }

        for (Map.Entry<String, String[]> delivery : sent.entrySet()) {
            ConsumerRecord<String, String> record = awaitEvent(delivery.getValue()[1], "github:" + deliveries.get(delivery.getKey())).get(0);
            assertThat(TestKafka.header(record, "ce_type")).isEqualTo(delivery.getValue()[2]);
            assertThat(TestKafka.header(record, "ce_source")).isEqualTo("promoter-service");
        }
        ConsumerRecord<String, String> push = awaitEvent(Topics.SCM_EVENTS, "github:" + deliveries.get("push")).get(0);
        assertThat(push.key()).isEqualTo(REPO + "/staging");
        assertThat(EventJson.read(BranchPushed.class, push.value()).afterSha()).isEqualTo(sha);
        ConsumerRecord<String, String> merged = awaitEvent(Topics.SCM_EVENTS, "github:" + deliveries.get("merged")).get(0);
        assertThat(EventJson.read(PullRequestClosed.class, merged.value()).merged()).isTrue();
    }

    @Test
    void aRedeliveryIsAnsweredAsADuplicateAndPublishesNothingMore() throws Exception {
        String id = newDeliveryId();
        String body = GitHubPayloads.push(REPO, "1111111111111111111111111111111111111111");

        github("push", id, body).then().statusCode(202).body("status", equalTo("accepted"));
        github("push", id, body).then().statusCode(200).body("status", equalTo("duplicate")).body("deliveryId", equalTo(id));

        awaitEvent(Topics.SCM_EVENTS, "github:" + id);
        assertThat(TestKafka.readAll(Topics.SCM_EVENTS, Duration.ofSeconds(1)).stream()
                .filter(r -> ("github:" + id).equals(TestKafka.header(r, "ce_id")))).hasSize(1);
        assertThat(deliveryRows(id)).isEqualTo(1);
    }

    @Test
    void simultaneousCopiesOfADeliveryAreRecordedOnce() throws Exception {
        String id = newDeliveryId();
        String body = GitHubPayloads.status(REPO, "2222222222222222222222222222222222222222");
        ExecutorService senders = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> copies = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                copies.add(() -> github("status", id, body).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : senders.invokeAll(copies)) {
                statuses.add(status.get());
            }

            assertThat(statuses).containsOnly(200, 202);
            assertThat(statuses).filteredOn(status -> status == 202).hasSize(1);
        } finally {
            senders.shutdownNow();
        }
        assertThat(deliveryRows(id)).isEqualTo(1);
    }

    @Test
    void aPingIsAnsweredWith200() {
        github("ping", newDeliveryId(), GitHubPayloads.ping(REPO, PromoterTestResources.SERVICE_HOOK_ID)).then()
                .statusCode(200).body("status", equalTo("pong"));
    }

    @Test
    void eventTypesAndActionsTheTrainDoesNotUseAreIgnoredWith202() {
        github("issues", newDeliveryId(), "{\"action\":\"opened\",\"repository\":{\"full_name\":\"" + REPO + "\"}}").then()
                .statusCode(202).body("status", equalTo("ignored")).body("reason", containsString("'issues'"));
        github("pull_request", newDeliveryId(), GitHubPayloads.pullRequest(REPO, "labeled", 42, "3333333333333333333333333333333333333333", false))
                .then().statusCode(202).body("status", equalTo("ignored")).body("reason", containsString("labeled"));
        github("projects_v2_item", newDeliveryId(), "{\"action\":\"edited\",\"repository\":{\"full_name\":\"" + REPO + "\"}}")
                .then().statusCode(202).body("status", equalTo("ignored")).body("reason", containsString("'projects_v2_item'"));
    }

    @Test
    void aMissingOrWrongSignatureIs401() {
        String body = GitHubPayloads.push(REPO, "4444444444444444444444444444444444444444");

        given().header("X-GitHub-Event", "push").header("X-GitHub-Delivery", newDeliveryId())
                .header("X-GitHub-Hook-ID", "1001").body(body).post("/webhooks/github")
                .then().statusCode(401).body("status", equalTo(401)).body("message", containsString("X-Hub-Signature-256 is missing"));
        given().header("X-GitHub-Event", "push").header("X-GitHub-Delivery", newDeliveryId())
                .header("X-GitHub-Hook-ID", "1001")
                .header("X-Hub-Signature-256", GitHubSignature.sign("guessed".getBytes(StandardCharsets.UTF_8), body.getBytes(StandardCharsets.UTF_8)))
                .body(body).post("/webhooks/github")
                .then().statusCode(401).body("error", equalTo("Unauthorized"));
        // The other repository's secret does not pass for the hook whose id is given.
        github("push", newDeliveryId(), body, Webhooks.PPC, PromoterTestResources.SERVICE_HOOK_ID).then().statusCode(401);
    }

    @Test
    void missingHeadersAndMalformedBodiesAre400SayingWhat() {
        String body = GitHubPayloads.push(REPO, "5555555555555555555555555555555555555555");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);

        given().header("X-GitHub-Delivery", newDeliveryId()).header("X-GitHub-Hook-ID", "1001")
                .header("X-Hub-Signature-256", GitHubSignature.sign(Webhooks.secret(Webhooks.SERVICE), bytes))
                .body(bytes).post("/webhooks/github")
                .then().statusCode(400).body("message", equalTo("X-GitHub-Event header is missing"));
        given().header("X-GitHub-Event", "push").header("X-GitHub-Hook-ID", "1001")
                .header("X-Hub-Signature-256", GitHubSignature.sign(Webhooks.secret(Webhooks.SERVICE), bytes))
                .body(bytes).post("/webhooks/github")
                .then().statusCode(400).body("message", equalTo("X-GitHub-Delivery header is missing"));
        github("push", newDeliveryId(), "{\"ref\": ").then().statusCode(400).body("message", containsString("not valid JSON"));
        github("push", newDeliveryId(), body.replace("\"after\": \"5555555555555555555555555555555555555555\",", "")).then()
                .statusCode(400).body("message", equalTo("The 'push' payload is not usable"))
                .body("details", hasItem("after is required"));
    }

    @Test
    void aDeliveryForARepositoryWeDoNotServeIs403() {
        String sha = "6666666666666666666666666666666666666666";
        github("push", newDeliveryId(), GitHubPayloads.push("acme/unknown", sha), Webhooks.PPC, null).then()
                .statusCode(403).body("message", containsString("acme/unknown"));
        // Signed with the service hook's secret, claiming to be the other configured repository.
        github("push", newDeliveryId(), GitHubPayloads.push(PromoterTestResources.PPC_REPOSITORY, sha)).then().statusCode(403);
    }

    @Test
    void aRepositoryWithoutAHookIdIsVerifiedByTryingItsSecret() {
        String id = newDeliveryId();

        github("push", id, GitHubPayloads.push(PromoterTestResources.PPC_REPOSITORY, "7777777777777777777777777777777777777777"),
                Webhooks.PPC, 555L).then().statusCode(202);

        assertThat(awaitEvent(Topics.SCM_EVENTS, "github:" + id).get(0).key()).isEqualTo(PromoterTestResources.PPC_REPOSITORY + "/staging");
    }

    @Test
    void aFormEncodedDeliveryIsAccepted() {
        String payload = GitHubPayloads.push(REPO, "8888888888888888888888888888888888888888");
        byte[] form = ("payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII);

        given().header("X-GitHub-Event", "push").header("X-GitHub-Delivery", newDeliveryId()).header("X-GitHub-Hook-ID", "1001")
                .header("X-Hub-Signature-256", GitHubSignature.sign(Webhooks.secret(Webhooks.SERVICE), form))
                .contentType("application/x-www-form-urlencoded").body(new String(form, StandardCharsets.US_ASCII)).post("/webhooks/github")
                .then().statusCode(202).body("status", equalTo("accepted"));
    }

    @Test
    void onlyPostIsAllowed() {
        given().get("/webhooks/github").then().statusCode(405).body("status", equalTo(405));
    }

    private static String eventHeader(String name) {
        switch (name) {
            case "opened":
            case "synchronize":
            case "reopened":
            case "merged":
            case "abandoned":
                return "pull_request";
            case "workflow_started":
            case "workflow_finished":
                return "workflow_run";
            default:
                return name;
        }
    }

    private int deliveryRows(String id) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT COUNT(*) FROM webhook_delivery WHERE source = 'github' AND delivery_id = ?")) {
            statement.setString(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
