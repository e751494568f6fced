package io.releasetrain.maintenance.flags;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.maintenance.Api;
import io.releasetrain.maintenance.Callers;
import io.releasetrain.maintenance.TestFleet;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrgFlagResourceTest {

    @Inject
    TestFleet fleet;

    /** The definition of done: the runbook's {@code UPDATE Clouds SET flags = 1} wiped 0x2; this must not. */
    @Test
    void puttingAnOrgIntoMaintenanceAndTakingItOutAgainLeavesTheHealthCheckOptOutSet() {
        String org = TestFleet.newOrg();
        String optedOut = fleet.add(org, CloudFlags.HEALTH_CHECK_OPT_OUT);
        String plain = fleet.add(org, 0);

        Api.changeOrg(org, "maintenance", true, "customer database upgrade").statusCode(200).body("changed", hasSize(2));
        assertThat(fleet.flagsOf(optedOut)).isEqualTo(0x3);
        assertThat(fleet.flagsOf(plain)).isEqualTo(0x1);

        Api.changeOrg(org, "maintenance", false, "upgrade finished").statusCode(200).body("changed", hasSize(2));

        assertThat(fleet.flagsOf(optedOut)).isEqualTo(CloudFlags.HEALTH_CHECK_OPT_OUT);
        assertThat(fleet.flagsOf(plain)).isZero();
        Api.cloud(optedOut).body("healthCheckOptOut", equalTo(true)).body("maintenance", equalTo(false));
    }

    @Test
    void theAnswerSaysWhichPpcsChangedAndWhichWereAlreadyInThatState() {
        String org = TestFleet.newOrg();
        String clear = fleet.add(org, 0x4);
        String alreadyOn = fleet.add(org, 0);
        Api.changeCloud(alreadyOn, "maintenance", true, "earlier incident", null).statusCode(200);

        JsonPath answer = Api.changeOrg(org, "maintenance", true, "org-wide upgrade")
                .statusCode(200)
                .body("changed", hasSize(1))
                .body("unchanged", hasSize(1))
                .body("message", equalTo("maintenance set on 1 of 2 PPCs of organisation '" + org
                        + "'; 1 was already set and left unchanged"))
                .extract().jsonPath();

        assertThat(answer.getString("changed[0].cloudId")).isEqualTo(clear);
        assertThat(answer.getLong("changed[0].flagsBefore")).isEqualTo(0x4);
        assertThat(answer.getLong("changed[0].flagsAfter")).isEqualTo(0x5);
        assertThat(answer.getString("unchanged[0].cloudId")).isEqualTo(alreadyOn);
        assertThat(answer.getString("unchanged[0].hold.reason")).isEqualTo("earlier incident");
    }

    @Test
    void everyPpcOfTheChangeSharesOneChangeIdInTheOrgsAuditTrail() {
        String org = TestFleet.newOrg();
        String first = fleet.add(org, 0);
        String second = fleet.add(org, 0);

        String changeId = Api.changeOrg(org, "health-check-opt-out", true, "health checks down for the org")
                .statusCode(200).extract().jsonPath().getString("changeId");

        JsonPath trail = given().auth().oauth2(Callers.reader()).queryParam("orgId", org).get("/flag-changes")
                .then().statusCode(200).body("", hasSize(2)).extract().jsonPath();
        assertThat(trail.getList("changeId", String.class)).containsOnly(changeId);
        assertThat(trail.getList("cloudId", String.class)).containsExactlyInAnyOrder(first, second);
        assertThat(trail.getList("flag", String.class)).containsOnly("health-check-opt-out");
    }

    @Test
    void retiredPpcsAreLeftOut() {
        String org = TestFleet.newOrg();
        String active = fleet.add(org, 0);
        String retired = fleet.addRetired(org, 0);

        JsonPath answer = Api.changeOrg(org, "maintenance", true, "upgrade").statusCode(200).extract().jsonPath();

        assertThat(answer.getList("changed.cloudId", String.class)).containsExactly(active);
        assertThat(answer.getList("unchanged", Object.class)).isEmpty();
        assertThat(fleet.flagsOf(retired)).isZero();
    }

    @Test
    void anOrgWithNoPpcsIsA404() {
        String org = TestFleet.newOrg();

        Api.changeOrg(org, "maintenance", true, "why")
                .statusCode(404)
                .body("message", equalTo("No PPC in the fleet belongs to organisation '" + org + "'"));
    }

    @Test
    void anOrgWideChangeNeedsAMaintenanceRoleAndAReason() {
        String org = TestFleet.newOrg();
        String cloudId = fleet.add(org, 0);

        given().auth().oauth2(Callers.reader()).contentType(ContentType.JSON).body(Api.body(true, "why", null))
                .put("/orgs/{org}/flags/maintenance", org).then().statusCode(403);
        given().contentType(ContentType.JSON).body(Api.body(true, "why", null))
                .put("/orgs/{org}/flags/maintenance", org).then().statusCode(401);
        given().auth().oauth2(Callers.operator()).contentType(ContentType.JSON).body(Api.body(true, "", null))
                .put("/orgs/{org}/flags/maintenance", org)
                .then().statusCode(400).body("details", equalTo(List.of("reason: must not be blank")));
        assertThat(fleet.flagsOf(cloudId)).isZero();
    }
}
