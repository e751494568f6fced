package io.releasetrain.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.releasetrain.testsupport.TestTokens;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Crosses a service boundary the way production does: ppc-updater-service registers a PPC, its
 * outbox publishes {@code ppc.registered} to the real broker, and maintenance-service, another
 * process with another database, consumes it and stores the PPC.
 */
class CrossServiceTest {

    @Test
    void aPpcRegisteredInTheFleetRegistryAppearsInMaintenanceService() {
        String cloudId = UUID.randomUUID().toString();

        given().baseUri(RunningServices.baseUrl(RunningServices.Service.PPC_UPDATER))
                .auth().oauth2(TestTokens.forRoles("org-admin@example.com", "org-admin"))
                .contentType(ContentType.JSON)
                .body(Map.of("cloudId", cloudId, "name", "FAKE-PPC-FOR-TESTING-" + cloudId.substring(0, 8),
                        "namePrefix", "FAKE", "nameSuffix", "FOR-TESTING-" + cloudId.substring(0, 8),
                        "orgId", "feacc792-460f-4525-a091-e8de1f6ef34c", "kind", "SERVICE", "environment", "testing"))
                .post("/ppcs")
                .then().statusCode(201);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .baseUri(RunningServices.baseUrl(RunningServices.Service.MAINTENANCE))
                .auth().oauth2(TestTokens.forRoles("reader@example.com"))
                .get("/clouds/{id}", cloudId)
                .then().statusCode(200)
                .body("orgId", equalTo("feacc792-460f-4525-a091-e8de1f6ef34c"))
                .body("flags", equalTo(0)));
    }
}
