package io.releasetrain.maintenance.cloud;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.events.EventCatalog;
import io.releasetrain.events.EventJson;
import io.releasetrain.events.ReleaseTrainEvent;
import io.releasetrain.events.Topics;
import io.releasetrain.events.ppc.PpcKind;
import io.releasetrain.events.ppc.PpcRegistered;
import io.releasetrain.maintenance.Api;
import io.releasetrain.messaging.CloudEventHeaders;
import io.releasetrain.messaging.security.Roles;
import io.releasetrain.testsupport.TestKafka;
import io.releasetrain.testsupport.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FleetMirrorTest {

    @Test
    void aRegisteredPpcAppearsWithNoFlags() {
        String cloudId = UUID.randomUUID().toString();

        publish(new PpcRegistered(cloudId, "acme-ppc-" + cloudId.substring(0, 8), "org-acme", PpcKind.CUSTOMER, null, null));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .auth().oauth2(TestTokens.forRoles("reader@example.com"))
                .get("/clouds/{id}", cloudId)
                .then().statusCode(200)
                .body("orgId", equalTo("org-acme"))
                .body("flags", equalTo(0)));
    }

    @Test
    void aRenamedPpcKeepsItsFlags() {
        String cloudId = UUID.randomUUID().toString();
        publish(new PpcRegistered(cloudId, "old-name", "org-acme", PpcKind.CUSTOMER, null, null));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> Api.cloud(cloudId).statusCode(200));
        Api.changeCloud(cloudId, "maintenance", true, "upgrade", null).statusCode(200);

        publish(new PpcRegistered(cloudId, "new-name", "org-acme", PpcKind.CUSTOMER, null, null));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> Api.cloud(cloudId)
                .body("name", equalTo("new-name"))
                .body("flags", equalTo(1))
                .body("maintenance", equalTo(true)));
    }

    @Test
    void readingCloudsNeedsAToken() {
        given().get("/clouds").then().statusCode(401).body("status", equalTo(401));
    }

    @Test
    void anUnknownCloudIsA404WithAReason() {
        given().auth().oauth2(TestTokens.forRoles("reader@example.com", Roles.PPC_OPERATOR))
                .get("/clouds/{id}", "no-such-cloud")
                .then().statusCode(404).body("message", equalTo("No PPC with cloud id 'no-such-cloud'"));
    }

    private static void publish(ReleaseTrainEvent event) {
        TestKafka.send(Topics.PPC_EVENTS, event.key(), Map.of(
                CloudEventHeaders.SPEC_VERSION, "1.0",
                CloudEventHeaders.ID, UUID.randomUUID().toString(),
                CloudEventHeaders.TYPE, EventCatalog.of(event).name(),
                CloudEventHeaders.SOURCE, "ppc-updater-service",
                CloudEventHeaders.TIME, Instant.now().toString()), EventJson.write(event));
    }
}
