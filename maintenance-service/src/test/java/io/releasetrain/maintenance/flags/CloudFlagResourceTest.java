package io.releasetrain.maintenance.flags;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.maintenance.Api;
import io.releasetrain.maintenance.Callers;
import io.releasetrain.maintenance.TestFleet;
import io.releasetrain.maintenance.web.Horizon;
import io.releasetrain.messaging.security.Roles;
import io.releasetrain.testsupport.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class CloudFlagResourceTest {

    private static final long TOP_BIT = 0x8000_0000L;

    @Inject
    TestFleet fleet;

    @Test
    void settingMaintenanceChangesThatBitOnlyAndSaysWhatChanged() {
        String cloudId = fleet.add(TestFleet.newOrg(), TOP_BIT | CloudFlags.HEALTH_CHECK_OPT_OUT);

        JsonPath answer = Api.changeCloud(cloudId, "maintenance", true, "database migration", null)
                .statusCode(200)
                .body("flag", equalTo("maintenance"))
                .body("set", equalTo(true))
                .body("actor", equalTo(Callers.OPERATOR))
                .body("changed", hasSize(1))
                .body("unchanged", hasSize(0))
                .body("message", startsWith("maintenance set on PPC"))
                .extract().jsonPath();

        assertThat(answer.getString("changeId")).isNotBlank();
        assertThat(answer.getLong("changed[0].flagsBefore")).isEqualTo(0x8000_0002L);
        assertThat(answer.getLong("changed[0].flagsAfter")).isEqualTo(0x8000_0003L);
        assertThat(fleet.flagsOf(cloudId)).isEqualTo(0x8000_0003L);
        Api.cloud(cloudId).statusCode(200)
                .body("maintenance", equalTo(true))
                .body("healthCheckOptOut", equalTo(true))
                .body("setFlags", contains("maintenance", "health-check-opt-out", "0x80000000"))
                .body("holds[0].flag", equalTo("maintenance"))
                .body("holds[0].setBy", equalTo(Callers.OPERATOR))
                .body("holds[0].reason", equalTo("database migration"));
    }

    @Test
    void clearingMaintenanceKeepsEveryOtherBitIncludingTheTopOne() {
        String cloudId = fleet.add(TestFleet.newOrg(), 0xFFFF_FFFFL);

        JsonPath answer = Api.changeCloud(cloudId, "maintenance", false, "migration done", null)
                .statusCode(200).extract().jsonPath();

        assertThat(answer.getLong("changed[0].flagsBefore")).isEqualTo(0xFFFF_FFFFL);
        assertThat(answer.getLong("changed[0].flagsAfter")).isEqualTo(0xFFFF_FFFEL);
        assertThat(fleet.flagsOf(cloudId)).isEqualTo(0xFFFF_FFFEL);
    }

    @Test
    void settingAFlagThatIsAlreadySetChangesNothingAndSaysWhoHoldsIt() {
        String cloudId = fleet.add(TestFleet.newOrg(), 0);
        Instant expiry = Instant.now().plus(Duration.ofHours(2));
        Api.changeCloud(cloudId, "maintenance", true, "first", expiry).statusCode(200);

        Api.changeCloud(cloudId, "maintenance", true, "second", null)
                .statusCode(200)
                .body("changeId", nullValue())
                .body("changed", hasSize(0))
                .body("unchanged", hasSize(1))
                .body("unchanged[0].flags", equalTo(1))
                .body("unchanged[0].hold.setBy", equalTo(Callers.OPERATOR))
                .body("unchanged[0].hold.reason", equalTo("first"))
                .body("unchanged[0].hold.expiresAt", equalTo(Horizon.ceilToSecond(expiry).toString()))
                .body("message", equalTo("maintenance was already set on PPC 'ppc-" + cloudId.substring(0, 8)
                        + "'; nothing changed"));

        assertThat(auditReasons(cloudId)).containsExactly("first");
    }

    @Test
    void clearingAFlagThatIsClearChangesNothingAndSaysSo() {
        String cloudId = fleet.add(TestFleet.newOrg(), CloudFlags.HEALTH_CHECK_OPT_OUT);

        Api.changeCloud(cloudId, "maintenance", false, "just in case", null)
                .statusCode(200)
                .body("changed", hasSize(0))
                .body("unchanged[0].flags", equalTo(2))
                .body("message", startsWith("maintenance was already clear"));

        assertThat(auditReasons(cloudId)).isEmpty();
        assertThat(fleet.flagsOf(cloudId)).isEqualTo(CloudFlags.HEALTH_CHECK_OPT_OUT);
    }

    @Test
    void theHealthCheckOptOutIsSetAndClearedTheSameWay() {
        String cloudId = fleet.add(TestFleet.newOrg(), CloudFlags.MAINTENANCE);

        Api.changeCloud(cloudId, "health-check-opt-out", true, "flaky health endpoint", null).statusCode(200);
        assertThat(fleet.flagsOf(cloudId)).isEqualTo(0x3);

        Api.changeCloud(cloudId, "health-check-opt-out", false, "endpoint fixed", null).statusCode(200);
        assertThat(fleet.flagsOf(cloudId)).isEqualTo(0x1);
    }

    @Test
    void aReasonIsRequired() {
        String cloudId = fleet.add(TestFleet.newOrg(), 0);

        refused(cloudId, Map.of("set", true)).body("details", hasItem("reason: must not be blank"));
        refused(cloudId, Map.of("set", true, "reason", "   ")).body("details", hasItem("reason: must not be blank"));
        refused(cloudId, Map.of("reason", "why")).body("details", hasItem("set: must not be null"));
        assertThat(fleet.flagsOf(cloudId)).isZero();
    }

    @Test
    void aMissingBodyIsRefused() {
        String cloudId = fleet.add(TestFleet.newOrg(), 0);

        given().auth().oauth2(Callers.operator()).contentType(ContentType.JSON)
                .put("/clouds/{id}/flags/maintenance", cloudId)
                .then().statusCode(400).body("status", equalTo(400));
    }

    @Test
    void anExpiryMustBeInTheFutureWithinAYearAndOnlyWhenSetting() {
        String cloudId = fleet.add(TestFleet.newOrg(), 0);

        refused(cloudId, Api.body(true, "why", Instant.now().minusSeconds(1)))
                .body("details[0]", startsWith("expiresAt: must be in the future"));
        refused(cloudId, Api.body(true, "why", Instant.now().plus(Duration.ofDays(400))))
                .body("details[0]", startsWith("expiresAt: must be at most"));
        refused(cloudId, Api.body(false, "why", Instant.now().plusSeconds(60)))
                .body("details[0]", startsWith("expiresAt: applies only when setting"));
        refused(cloudId, Map.of("set", true, "reason", "why", "expiresAt", "tomorrow"))
                .body("message", startsWith("The request body is not valid JSON for this endpoint at 'expiresAt'"));
        assertThat(fleet.flagsOf(cloudId)).isZero();
    }

    @Test
    void aMisspeltFieldIsRefusedRatherThanIgnored() {
        String cloudId = fleet.add(TestFleet.newOrg(), 0);

        refused(cloudId, Map.of("set", true, "reason", "why", "expiresat", Instant.now().plusSeconds(60).toString()))
                .body("details[0]", startsWith("expiresat: is not a field of this request; known fields: expiresAt"));
        assertThat(fleet.flagsOf(cloudId)).isZero();
    }

    @Test
    void anUnknownPpcOrFlagIsA404ThatSaysWhich() {
        Api.changeCloud("no-such-cloud", "maintenance", true, "why", null)
                .statusCode(404).body("message", equalTo("No PPC with cloud id 'no-such-cloud'"));

        Api.changeCloud(fleet.add(TestFleet.newOrg(), 0), "0x1", true, "why", null)
                .statusCode(404)
                .body("message", equalTo("No flag named '0x1'; the flags are: maintenance, health-check-opt-out"));
    }

    @Test
    void changingAFlagNeedsAValidToken() {
        String cloudId = fleet.add(TestFleet.newOrg(), 0);

        given().contentType(ContentType.JSON).body(Api.body(true, "why", null))
                .put("/clouds/{id}/flags/maintenance", cloudId)
                .then().statusCode(401).body("status", equalTo(401));
        given().auth().oauth2(TestTokens.signedByStranger("mallory@example.com", Roles.PPC_OPERATOR))
                .contentType(ContentType.JSON).body(Api.body(true, "why", null))
                .put("/clouds/{id}/flags/maintenance", cloudId)
                .then().statusCode(401).body("status", equalTo(401));
        assertThat(fleet.flagsOf(cloudId)).isZero();
    }

    @Test
    void changingAFlagNeedsAMaintenanceRole() {
        String cloudId = fleet.add(TestFleet.newOrg(), 0);

        for (String token : List.of(Callers.reader(), Callers.orgAdmin())) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Api.body(true, "why", null))
                    .put("/clouds/{id}/flags/maintenance", cloudId)
                    .then().statusCode(403).body("message", equalTo("Your token does not carry a role allowed to do this"));
        }
        assertThat(fleet.flagsOf(cloudId)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.ONCALL_PRIMARY, Roles.ONCALL_SECONDARY, Roles.PPC_OPERATOR})
    void eachMaintenanceRoleMayChangeFlagsAndIsRecordedAsTheActor(String role) {
        String cloudId = fleet.add(TestFleet.newOrg(), 0);
        String actor = role + "@example.com";

        given().auth().oauth2(TestTokens.forRoles(actor, role)).contentType(ContentType.JSON)
                .body(Api.body(true, "on call", null))
                .put("/clouds/{id}/flags/maintenance", cloudId)
                .then().statusCode(200).body("actor", equalTo(actor));

        given().auth().oauth2(Callers.reader()).queryParam("cloudId", cloudId).get("/flag-changes")
                .then().statusCode(200).body("actor", contains(actor));
    }

    private static io.restassured.response.ValidatableResponse refused(String cloudId, Map<String, ?> body) {
        return given().auth().oauth2(Callers.operator()).contentType(ContentType.JSON).body(body)
                .put("/clouds/{id}/flags/maintenance", cloudId)
                .then().statusCode(400)
                .body("status", equalTo(400));
    }

    private static List<String> auditReasons(String cloudId) {
        return given().auth().oauth2(Callers.reader()).queryParam("cloudId", cloudId).get("/flag-changes")
                .then().statusCode(200).extract().jsonPath().getList("reason", String.class);
    }
}
