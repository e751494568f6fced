package io.releasetrain.maintenance.cloud;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.maintenance.Api;
import io.releasetrain.maintenance.Callers;
import io.releasetrain.maintenance.TestFleet;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CloudResourceTest {

    @Inject
    TestFleet fleet;

    @Test
    void anOrgsPpcsAreListedWithTheirFlagsAndWhyTheyAreOn() {
        String org = TestFleet.newOrg();
        String inMaintenance = fleet.add(org, 0x8000_0000L);
        String untouched = fleet.add(org, 0x2);
        Api.changeCloud(inMaintenance, "maintenance", true, "disk swap", null).statusCode(200);

        JsonPath list = given().auth().oauth2(Callers.reader()).queryParam("orgId", org).get("/clouds")
                .then().statusCode(200).body("", hasSize(2)).extract().jsonPath();

        List<String> expectedOrder = Stream.of(inMaintenance, untouched).sorted().toList();
        assertThat(list.getList("id", String.class)).isEqualTo(expectedOrder);
        JsonPath first = list.setRootPath("find { it.id == '" + inMaintenance + "' }");
        assertThat(first.getLong("flags")).isEqualTo(0x8000_0001L);
        assertThat(first.getList("setFlags", String.class)).containsExactly("maintenance", "0x80000000");
        assertThat(first.getString("holds[0].reason")).isEqualTo("disk swap");
        Api.cloud(untouched).body("maintenance", equalTo(false)).body("healthCheckOptOut", equalTo(true))
                .body("holds", hasSize(0)).body("setFlags", contains("health-check-opt-out"));
    }
}
