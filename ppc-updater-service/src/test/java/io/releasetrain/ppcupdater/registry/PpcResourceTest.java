package io.releasetrain.ppcupdater.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.events.EventJson;
import io.releasetrain.events.Topics;
import io.releasetrain.events.ppc.PpcKind;
import io.releasetrain.events.ppc.PpcRegistered;
import io.releasetrain.messaging.CloudEventHeaders;
import io.releasetrain.messaging.security.Roles;
import io.releasetrain.testsupport.TestKafka;
import io.releasetrain.testsupport.TestTokens;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PpcResourceTest {

    private static final String ORG_ADMIN = TestTokens.forRoles("alice@example.com", Roles.ORG_ADMIN);

    @Test
    void anOrgAdminRegistersAPpcAndTheFleetHearsOfIt() {
        String cloudId = UUID.randomUUID().toString();

        given().auth().oauth2(ORG_ADMIN).contentType(ContentType.JSON)
                .body(Map.of("cloudId", cloudId, "name", "acme-ppc-" + cloudId, "orgId", "org-acme", "kind", "CUSTOMER"))
                .post("/ppcs")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/ppcs/" + cloudId))
                .body("registeredBy", equalTo("alice@example.com"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                TestKafka.matching(Topics.PPC_EVENTS, r -> cloudId.equals(r.key())))
                .singleElement()
                .satisfies(record -> {
                    assertThat(TestKafka.header(record, CloudEventHeaders.TYPE)).isEqualTo("io.releasetrain.ppc.registered");
                    assertThat(TestKafka.header(record, CloudEventHeaders.SOURCE)).isEqualTo("ppc-updater-service");
                    assertThat(TestKafka.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(cloudId);
                    PpcRegistered event = EventJson.read(PpcRegistered.class, record.value());
                    assertThat(event.orgId()).isEqualTo("org-acme");
                    assertThat(event.kind()).isEqualTo(PpcKind.CUSTOMER);
                }));
        given().auth().oauth2(TestTokens.forRoles("bob@example.com"))
                .get("/ppcs?orgId=org-acme")
                .then().statusCode(200).body("cloudId", hasItem(cloudId));
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        given().contentType(ContentType.JSON).body(validRequest())
                .post("/ppcs")
                .then().statusCode(401).body("status", equalTo(401));
    }

    @Test
    void aTokenFromAnUntrustedIssuerKeyIs401() {
        given().auth().oauth2(TestTokens.signedByStranger("mallory@example.com", Roles.ORG_ADMIN))
                .contentType(ContentType.JSON).body(validRequest())
                .post("/ppcs")
                .then().statusCode(401);
    }

    @Test
    void theWrongRoleIs403() {
        given().auth().oauth2(TestTokens.forRoles("carol@example.com", Roles.PPC_OPERATOR, Roles.ONCALL_PRIMARY))
                .contentType(ContentType.JSON).body(validRequest())
                .post("/ppcs")
                .then().statusCode(403).body("message", org.hamcrest.Matchers.containsString("role"));
    }

    @Test
    void anIncompleteRequestIs400NamingTheFields() {
        given().auth().oauth2(ORG_ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", " ", "kind", "CUSTOMER"))
                .post("/ppcs")
                .then().statusCode(400)
                .body("details", hasItem(org.hamcrest.Matchers.startsWith("orgId:")))
                .body("details", hasItem(org.hamcrest.Matchers.startsWith("name:")));
    }

    @Test
    void aServicePpcWithoutItsEnvironmentIs400NamingTheField() {
        given().auth().oauth2(ORG_ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "ppc-" + UUID.randomUUID(), "orgId", "org-test", "kind", "SERVICE"))
                .post("/ppcs")
                .then().statusCode(400)
                .body("details[0]", org.hamcrest.Matchers.startsWith("environment: is required for a SERVICE PPC"));
    }

    @Test
    void aNameWithoutItsPartsIs400UnlessTheRequestGivesThem() {
        // Update jobs address a PPC by <prefix>-ppc-<suffix>: one they could not address would fail every rollout's canary.
        String name = "FAKE-PPC-FOR-TESTING-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(ORG_ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", name, "orgId", "org-test", "kind", "CUSTOMER"))
                .post("/ppcs")
                .then().statusCode(400)
                .body("details[0]", org.hamcrest.Matchers.startsWith("name: '" + name + "' does not have the form"))
                .body("details[0]", org.hamcrest.Matchers.containsString("give namePrefix and nameSuffix"));
        given().auth().oauth2(TestTokens.forRoles("bob@example.com")).get("/ppcs")
                .then().statusCode(200).body("name", org.hamcrest.Matchers.not(hasItem(name)));

        given().auth().oauth2(ORG_ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", name, "namePrefix", "FAKE", "nameSuffix", name.substring("FAKE-PPC-".length()),
                        "orgId", "org-test", "kind", "CUSTOMER"))
                .post("/ppcs")
                .then().statusCode(201)
                .body("namePrefix", equalTo("FAKE"))
                .body("nameSuffix", equalTo(name.substring("FAKE-PPC-".length())));
    }

    @Test
    void anUnknownKindIs400() {
        given().auth().oauth2(ORG_ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "orgId", "o", "kind", "SPACESHIP"))
                .post("/ppcs")
                .then().statusCode(400).body("details[0]", org.hamcrest.Matchers.containsString("SPACESHIP"));
    }

    @Test
    void aDuplicateNameIs409() {
        Map<String, String> request = validRequest();
        given().auth().oauth2(ORG_ADMIN).contentType(ContentType.JSON).body(request).post("/ppcs").then().statusCode(201);

        given().auth().oauth2(ORG_ADMIN).contentType(ContentType.JSON).body(request)
                .post("/ppcs")
                .then().statusCode(409).body("message", org.hamcrest.Matchers.containsString("already registered"));
    }

    private static Map<String, String> validRequest() {
        return Map.of("name", "test-ppc-" + UUID.randomUUID(), "orgId", "org-test", "kind", "CUSTOMER");
    }
}
