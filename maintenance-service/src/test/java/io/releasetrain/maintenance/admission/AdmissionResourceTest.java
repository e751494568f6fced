package io.releasetrain.maintenance.admission;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.maintenance.Api;
import io.releasetrain.maintenance.Callers;
import io.releasetrain.maintenance.TestFleet;
import io.releasetrain.maintenance.flags.CloudFlags;
import io.releasetrain.maintenance.web.Horizon;
import io.releasetrain.testsupport.TestTokens;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AdmissionResourceTest {

    @Inject
    TestFleet fleet;

    @Test
    void aPpcNotInMaintenanceAdmitsWhateverItsOtherBits() {
        String cloudId = fleet.add(TestFleet.newOrg(), 0xFFFF_FFFEL);

        Api.admission(cloudId).statusCode(204).header("Cache-Control", "no-store").body(emptyString());
    }

    @Test
    void maintenanceWithNoEndRefusesWithTheReasonAndNoRetryAfter() {
        String cloudId = fleet.add(TestFleet.newOrg(), CloudFlags.HEALTH_CHECK_OPT_OUT);
        Api.changeCloud(cloudId, "maintenance", true, "disk replacement", null).statusCode(200);

        Api.admission(cloudId)
                .statusCode(503)
                .header("Retry-After", nullValue())
                .header("Cache-Control", "no-store")
                .body("status", equalTo(503))
                .body("error", equalTo("Service Unavailable"))
                .body("message", equalTo("PPC '" + cloudId + "' is in maintenance mode: disk replacement"))
                .body("cloudId", equalTo(cloudId))
                .body("reason", equalTo("disk replacement"))
                .body("setBy", equalTo(Callers.OPERATOR))
                .body("expiresAt", nullValue());
    }

    @Test
    void maintenanceWithAnExpiryRefusesWithRetryAfterInSeconds() {
        String cloudId = fleet.add(TestFleet.newOrg(), 0);
        Instant expiry = Instant.now().plusSeconds(600);
        Api.changeCloud(cloudId, "maintenance", true, "upgrade", expiry).statusCode(200);

        String retryAfter = Api.admission(cloudId)
                .statusCode(503)
                .body("expiresAt", equalTo(Horizon.ceilToSecond(expiry).toString()))
                .body("message", startsWith("PPC '" + cloudId + "' is in maintenance mode until "))
                .extract().header("Retry-After");

        assertThat(Long.parseLong(retryAfter)).isBetween(590L, 601L);
    }

    @Test
    void maintenanceSetByHandInTheDatabaseRefusesToo() {
        String cloudId = fleet.add(TestFleet.newOrg(), 0);
        fleet.overwriteFlagsByHand(cloudId, 0x1);

        Api.admission(cloudId)
                .statusCode(503)
                .header("Retry-After", nullValue())
                .body("message", equalTo("PPC '" + cloudId + "' is in maintenance mode"))
                .body("reason", nullValue());
    }

    @Test
    void leavingMaintenanceAdmitsAtOnce() {
        String cloudId = fleet.add(TestFleet.newOrg(), 0);
        Api.changeCloud(cloudId, "maintenance", true, "upgrade", null).statusCode(200);
        Api.admission(cloudId).statusCode(503);

        Api.changeCloud(cloudId, "maintenance", false, "upgrade done", null).statusCode(200);

        Api.admission(cloudId).statusCode(204);
    }

    @Test
    void anUnknownPpcIsA404() {
        Api.admission("no-such-cloud").statusCode(404).body("message", equalTo("No PPC with cloud id 'no-such-cloud'"));
    }

    @Test
    void anyValidTokenMayAskButAnUntrustedOneMayNot() {
        String cloudId = fleet.add(TestFleet.newOrg(), 0);

        given().get("/clouds/{id}/admission", cloudId).then().statusCode(401).body("status", equalTo(401));
        given().auth().oauth2(TestTokens.signedByStranger("stack-service"))
                .get("/clouds/{id}/admission", cloudId).then().statusCode(401);
        given().auth().oauth2(TestTokens.forRoles("stack-service"))
                .get("/clouds/{id}/admission", cloudId).then().statusCode(204);
    }
}
