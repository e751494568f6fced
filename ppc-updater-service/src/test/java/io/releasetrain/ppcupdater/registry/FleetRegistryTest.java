package io.releasetrain.ppcupdater.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.events.ppc.PpcChanged;
import io.releasetrain.ppcupdater.Bus;
import io.releasetrain.ppcupdater.Fleet;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FleetRegistryTest {

    @Test
    void aChangeRecordsWhoAndWhyAndIsAnnounced() {
        String name = Fleet.name("acme");
        String cloudId = Fleet.customer(name);

        given().auth().oauth2(Fleet.ORG_ADMIN).contentType(ContentType.JSON)
                .body(Map.of("region", "us-east-2", "reason", "moved regions"))
                .patch("/ppcs/{id}", cloudId)
                .then().statusCode(200).body("region", equalTo("us-east-2")).body("updatedBy", equalTo("olga@example.com"))
                .body("nameSuffix", equalTo(name.substring(name.lastIndexOf('-') + 1)));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                Bus.events(PpcChanged.class, e -> e.cloudId().equals(cloudId)))
                .singleElement().satisfies(e -> {
                    assertThat(e.change()).isEqualTo("region");
                    assertThat(e.changedBy()).isEqualTo("olga@example.com");
                    assertThat(e.reason()).isEqualTo("moved regions");
                }));
    }

    @Test
    void aChangeWithoutAReasonIs400() {
        String cloudId = Fleet.customer(Fleet.name("acme"));
        given().auth().oauth2(Fleet.ORG_ADMIN).contentType(ContentType.JSON).body(Map.of("region", "us-east-2"))
                .patch("/ppcs/{id}", cloudId)
                .then().statusCode(400).body("details", hasItem(startsWith("reason:")));
    }

    @Test
    void theFleetIsQueriedByKindVersionAndFlags() {
        String optedOut = Fleet.customer(Fleet.name("flagged"));
        String plain = Fleet.customer(Fleet.name("plain"));
        Fleet.flags(optedOut, 0, 0x2);

        given().auth().oauth2(Fleet.READER).get("/ppcs?kind=CUSTOMER&version=v1.0.0&flags=2")
                .then().statusCode(200).body("cloudId", hasItem(optedOut)).body("cloudId", not(hasItem(plain)));
        given().auth().oauth2(Fleet.READER).get("/ppcs?maintenance=false&status=ATTACHED")
                .then().statusCode(200).body("cloudId", hasItem(plain));
    }

    @Test
    void configurationIsVersionedWithWhoAndWhyAndHoldsSecretsOnlyAsReferences() {
        String cloudId = Fleet.customer(Fleet.name("conf"));
        given().auth().oauth2(Fleet.ORG_ADMIN).contentType(ContentType.JSON)
                .body(Map.of("values", Map.of("instanceType", "t3.large"), "reason", "first"))
                .put("/ppcs/{id}/config", cloudId).then().statusCode(200).body("version", equalTo(1));
        given().auth().oauth2(Fleet.ORG_ADMIN).contentType(ContentType.JSON)
                .body(Map.of("values", Map.of("instanceType", "t3.xlarge"), "secretRefs", Map.of("dbPassword", "PPC_DB_PW"),
                        "reason", "bigger"))
                .put("/ppcs/{id}/config", cloudId).then().statusCode(200).body("version", equalTo(2));

        given().auth().oauth2(Fleet.READER).get("/ppcs/{id}/config/versions", cloudId)
                .then().statusCode(200).body("version", contains(2, 1)).body("reason", contains("bigger", "first"))
                .body("[0].secretRefs.dbPassword", equalTo("PPC_DB_PW")).body("[0].changedBy", equalTo("olga@example.com"));
        given().auth().oauth2(Fleet.ORG_ADMIN).contentType(ContentType.JSON)
                .body(Map.of("secretRefs", Map.of("dbPassword", "s3cr3t value"), "reason", "oops"))
                .put("/ppcs/{id}/config", cloudId).then().statusCode(400)
                .body("details[0]", startsWith("secretRefs.dbPassword:"));
        given().auth().oauth2(Fleet.READER).contentType(ContentType.JSON)
                .body(Map.of("values", Map.of(), "reason", "r")).put("/ppcs/{id}/config", cloudId).then().statusCode(403);
    }
}
