package io.releasetrain.maintenance.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.maintenance.Api;
import io.releasetrain.maintenance.Callers;
import io.releasetrain.maintenance.TestFleet;
import io.releasetrain.maintenance.web.Horizon;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditResourceTest {

    @Inject
    TestFleet fleet;

    @Test
    void anEntrySaysWhoWhenWhichPpcBeforeAfterWhyAndUntilWhen() {
        String org = TestFleet.newOrg();
        String cloudId = fleet.add(org, 0x8000_0002L);
        Instant expiry = Instant.now().plus(Duration.ofHours(1));
        Instant before = Instant.now();

        Api.changeCloud(cloudId, "maintenance", true, "kernel patch", expiry).statusCode(200);

        JsonPath entry = given().auth().oauth2(Callers.reader()).queryParam("cloudId", cloudId).get("/flag-changes")
                .then().statusCode(200).body("", hasSize(1)).extract().jsonPath().setRootPath("[0]");
        assertThat(entry.getString("cloudId")).isEqualTo(cloudId);
        assertThat(entry.getString("orgId")).isEqualTo(org);
        assertThat(entry.getString("flag")).isEqualTo("maintenance");
        assertThat(entry.getLong("bit")).isEqualTo(1);
        assertThat(entry.getString("action")).isEqualTo("SET");
        assertThat(entry.getLong("flagsBefore")).isEqualTo(0x8000_0002L);
        assertThat(entry.getLong("flagsAfter")).isEqualTo(0x8000_0003L);
        assertThat(entry.getString("actor")).isEqualTo(Callers.OPERATOR);
        assertThat(entry.getString("reason")).isEqualTo("kernel patch");
        assertThat(Instant.parse(entry.getString("expiresAt"))).isEqualTo(Horizon.ceilToSecond(expiry));
        assertThat(Instant.parse(entry.getString("changedAt"))).isBetween(before.minusSeconds(1), Instant.now());
        assertThat(entry.getString("windowId")).isNull();
    }

    @Test
    void aPpcsTrailIsNewestFirstWithALimitAndPagesWithBefore() {
        String cloudId = fleet.add(TestFleet.newOrg(), 0);
        for (int i = 1; i <= 5; i++) {
            Api.changeCloud(cloudId, "maintenance", i % 2 == 1, "step " + i, null).statusCode(200);
        }

        JsonPath firstPage = given().auth().oauth2(Callers.reader()).queryParam("cloudId", cloudId)
                .queryParam("limit", 2).get("/flag-changes")
                .then().statusCode(200).body("reason", contains("step 5", "step 4")).extract().jsonPath();
        long lastId = firstPage.getLong("[1].id");

        given().auth().oauth2(Callers.reader()).queryParam("cloudId", cloudId).queryParam("limit", 2)
                .queryParam("before", lastId).get("/flag-changes")
                .then().statusCode(200).body("reason", contains("step 3", "step 2"));
    }

    @Test
    void anOrgsTrailHasEveryPpcOfTheOrg() {
        String org = TestFleet.newOrg();
        String first = fleet.add(org, 0);
        String second = fleet.add(org, 0);
        fleet.add(TestFleet.newOrg(), 0);
        Api.changeCloud(first, "maintenance", true, "one", null).statusCode(200);
        Api.changeCloud(second, "health-check-opt-out", true, "two", null).statusCode(200);

        List<String> clouds = given().auth().oauth2(Callers.reader()).queryParam("orgId", org).get("/flag-changes")
                .then().statusCode(200).body("reason", contains("two", "one"))
                .extract().jsonPath().getList("cloudId", String.class);

        assertThat(clouds).containsExactly(second, first);
    }

    @Test
    void theTrailOfAPpcWithNoChangesIsEmpty() {
        given().auth().oauth2(Callers.reader()).queryParam("cloudId", fleet.add(TestFleet.newOrg(), 0))
                .get("/flag-changes").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void exactlyOneOfCloudIdAndOrgIdIsRequired() {
        given().auth().oauth2(Callers.reader()).get("/flag-changes")
                .then().statusCode(400).body("details", contains("cloudId, orgId: give exactly one of them"));
        given().auth().oauth2(Callers.reader()).queryParam("cloudId", "a").queryParam("orgId", "b").get("/flag-changes")
                .then().statusCode(400).body("details", contains("cloudId, orgId: give exactly one of them"));
    }

    @Test
    void aBadLimitOrBeforeIsA400NamingIt() {
        for (String limit : List.of("0", "501", "ten")) {
            given().auth().oauth2(Callers.reader()).queryParam("orgId", "o").queryParam("limit", limit)
                    .get("/flag-changes").then().statusCode(400).body("details[0]", startsWith("limit: "));
        }
        given().auth().oauth2(Callers.reader()).queryParam("orgId", "o").queryParam("before", "-3")
                .get("/flag-changes").then().statusCode(400).body("details[0]", startsWith("before: "));
    }

    @Test
    void readingTheTrailNeedsAToken() {
        given().queryParam("orgId", "o").get("/flag-changes").then().statusCode(401).body("status", equalTo(401));
    }
}
