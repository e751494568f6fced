package io.releasetrain.maintenance.flags;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.maintenance.Api;
import io.releasetrain.maintenance.Callers;
import io.releasetrain.maintenance.TestFleet;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Maintenance with an expiry ends by itself, through the sweep (every second in tests). */
@QuarkusTest
class ExpiryTest {

    @Inject
    TestFleet fleet;

    @Test
    void maintenanceEndsByItselfWhenItsExpiryPasses() {
        String cloudId = fleet.add(TestFleet.newOrg(), CloudFlags.HEALTH_CHECK_OPT_OUT);
        Api.changeCloud(cloudId, "maintenance", true, "quick fix", Instant.now().plusSeconds(3)).statusCode(200);
        Api.admission(cloudId).statusCode(503);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(fleet.flagsOf(cloudId))
                .isEqualTo(CloudFlags.HEALTH_CHECK_OPT_OUT));

        JsonPath newest = given().auth().oauth2(Callers.reader()).queryParam("cloudId", cloudId)
                .queryParam("limit", 1).get("/flag-changes").then().statusCode(200).extract().jsonPath();
        assertThat(newest.getString("[0].action")).isEqualTo("CLEAR");
        assertThat(newest.getString("[0].actor")).isEqualTo(ChangeCommand.SYSTEM_ACTOR);
        assertThat(newest.getString("[0].reason"))
                .isEqualTo("maintenance set by " + Callers.OPERATOR + " expired: quick fix");
        assertThat(newest.getLong("[0].flagsBefore")).isEqualTo(0x3);
        assertThat(newest.getLong("[0].flagsAfter")).isEqualTo(0x2);
        Api.admission(cloudId).statusCode(204);
        Api.cloud(cloudId).statusCode(200).body("holds", hasSize(0));
    }

    @Test
    void anExpiryDoesNotOutliveAClearAndASetWithoutExpiry() {
        String cloudId = fleet.add(TestFleet.newOrg(), 0);
        Instant firstExpiry = Instant.now().plusSeconds(2);
        Api.changeCloud(cloudId, "maintenance", true, "short", firstExpiry).statusCode(200);
        Api.changeCloud(cloudId, "maintenance", false, "done early", null).statusCode(200);
        Api.changeCloud(cloudId, "maintenance", true, "open-ended", null).statusCode(200);

        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6))
                .until(() -> fleet.flagsOf(cloudId) == CloudFlags.MAINTENANCE);

        assertThat(Instant.now()).isAfter(firstExpiry.plusSeconds(1));
        Api.admission(cloudId).statusCode(503);
    }

    @Test
    void anExpiryOfTheHealthCheckOptOutEndsItToo() {
        String cloudId = fleet.add(TestFleet.newOrg(), 0);
        Api.changeCloud(cloudId, "health-check-opt-out", true, "noisy checks", Instant.now().plusSeconds(2))
                .statusCode(200);

        await().atMost(Duration.ofSeconds(15)).until(() -> fleet.flagsOf(cloudId) == 0);
    }
}
