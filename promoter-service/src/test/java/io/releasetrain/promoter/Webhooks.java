package io.releasetrain.promoter;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.releasetrain.promoter.ingress.github.GitHubSignature;
import io.releasetrain.testsupport.TestKafka;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;

/** Sends webhook deliveries the way GitHub does, and finds what they put on the bus. */
public final class Webhooks {

    /** The repository alias whose hook id is configured. */
    public static final String SERVICE = "service";
    /** The repository alias without a hook id. */
    public static final String PPC = "ppc";

    private Webhooks() {
    }

    /** The webhook secret configured for a repository alias (generated for this test run). */
    public static byte[] secret(String alias) {
        return ConfigProvider.getConfig()
                .getValue("releasetrain.github.repositories." + alias + ".webhook-secret", String.class)
                .getBytes(StandardCharsets.UTF_8);
    }

    public static String newDeliveryId() {
        return UUID.randomUUID().toString();
    }

    /** A GitHub delivery signed with the alias's secret, sent with {@code X-GitHub-Hook-ID} when {@code hookId} is not null. */
    public static Response github(String event, String deliveryId, String body, String alias, Long hookId) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        RequestSpecification request = given()
                .header("X-GitHub-Event", event)
                .header("X-GitHub-Delivery", deliveryId)
                .header("X-Hub-Signature-256", GitHubSignature.sign(secret(alias), bytes))
                .header("User-Agent", "GitHub-Hookshot/044aadd")
                .contentType("application/json")
                .body(bytes);
        if (hookId != null) {
            request = request.header("X-GitHub-Hook-ID", String.valueOf(hookId));
        }
        return request.post("/webhooks/github");
    }

    /** A delivery for the service repository, through its configured hook. */
    public static Response github(String event, String deliveryId, String body) {
        return github(event, deliveryId, body, SERVICE, PromoterTestResources.SERVICE_HOOK_ID);
    }

    /** A Travis CI build notification, signed with the key the WireMock Travis CI publishes. */
    public static Response travis(String payload) {
        return given().contentType("application/x-www-form-urlencoded").header("Travis-Repo-Slug", PromoterTestResources.SERVICE_REPOSITORY)
                .header("Signature", TravisKeys.sign(payload.getBytes(StandardCharsets.UTF_8)))
                .body("payload=" + java.net.URLEncoder.encode(payload, StandardCharsets.UTF_8))
                .post("/webhooks/travis");
    }

    /** The records on {@code topic} whose CloudEvent id is {@code eventId}, once at least one has arrived. */
    public static List<ConsumerRecord<String, String>> awaitEvent(String topic, String eventId) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> TestKafka.matching(topic, record -> eventId.equals(TestKafka.header(record, "ce_id"))),
                records -> !records.isEmpty());
    }
}
