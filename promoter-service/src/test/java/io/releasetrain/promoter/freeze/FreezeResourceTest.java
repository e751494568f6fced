package io.releasetrain.promoter.freeze;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.messaging.security.Roles;
import io.releasetrain.testsupport.TestClock;
import io.releasetrain.testsupport.TestTokens;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Freezes over REST: created, listed, ended, with who and why; mistakes are 4xx with the shared error body. */
@QuarkusTest
class FreezeResourceTest {

    @Test
    void aFreezeIsCreatedListedAndEndedWithWhoAndWhy() {
        // Given a freeze of the testing environment holding now (no train promotes into it)
        Instant now = TestClock.now();
        String id = create("carol", Roles.ONCALL_SECONDARY, "{\"environments\":[\"testing\"],\"start\":\"" + now.minusSeconds(60)
                + "\",\"end\":\"" + now.plus(Duration.ofHours(4)) + "\",\"reason\":\"load test\"}")
                .statusCode(201).body("active", equalTo(true)).body("createdBy", equalTo("carol")).extract().path("id");

        // Then it is listed among the active ones
        given().auth().oauth2(TestTokens.forRoles("reader")).get("/freezes?active=true").then().statusCode(200)
                .body("id", hasItem(id));

        // When it is ended, it no longer holds, and ending it again is a conflict
        given().auth().oauth2(TestTokens.forRoles("bob", Roles.ONCALL_PRIMARY)).contentType(ContentType.JSON)
                .body("{\"reason\":\"load test done\"}").post("/freezes/" + id + "/end").then().statusCode(200)
                .body("active", equalTo(false)).body("endedBy", equalTo("bob")).body("endReason", equalTo("load test done"));
        given().auth().oauth2(TestTokens.forRoles("bob", Roles.ONCALL_PRIMARY)).contentType(ContentType.JSON)
                .body("{\"reason\":\"again\"}").post("/freezes/" + id + "/end").then().statusCode(409);
    }

    @Test
    void badWindowsUnknownEnvironmentsAndMissingRolesAreRefused() {
        Instant now = TestClock.now();
        create("carol", Roles.ONCALL_SECONDARY, "{\"environments\":[\"nowhere\"],\"start\":\"" + now + "\",\"end\":\""
                + now.plusSeconds(3600) + "\",\"reason\":\"x\"}").statusCode(400).body("message", containsString("not valid"));
        create("carol", Roles.ONCALL_SECONDARY, "{\"environments\":[\"testing\"],\"start\":\"" + now + "\",\"end\":\""
                + now.minusSeconds(3600) + "\",\"reason\":\"x\"}").statusCode(400);
        create("carol", Roles.ONCALL_SECONDARY, "{\"environments\":[\"testing\"],\"start\":\"" + now + "\",\"end\":\""
                + now.plus(Duration.ofDays(8)) + "\",\"weekly\":true,\"reason\":\"x\"}").statusCode(400);
        create("carol", Roles.ONCALL_SECONDARY, "{\"environments\":[\"testing\"],\"start\":\"" + now + "\",\"end\":\""
                + now.plusSeconds(3600) + "\"}").statusCode(400);
        create("erin", Roles.PPC_OPERATOR, "{\"environments\":[\"testing\"],\"start\":\"" + now + "\",\"end\":\""
                + now.plusSeconds(3600) + "\",\"reason\":\"x\"}").statusCode(403);
        given().auth().oauth2(TestTokens.forRoles("reader")).get("/freezes/frz-none").then().statusCode(404);
    }

    private static io.restassured.response.ValidatableResponse create(String who, String role, String body) {
        return given().auth().oauth2(TestTokens.forRoles(who, role)).contentType(ContentType.JSON).body(body)
                .post("/freezes").then();
    }
}
