package io.releasetrain.sandbox.control;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.releasetrain.sandbox.Api.REPO;
import static io.releasetrain.sandbox.Api.github;
import static io.releasetrain.sandbox.Api.uniqueBranch;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.sandbox.Api;
import io.releasetrain.sandbox.SandboxTestResources;
import io.releasetrain.testsupport.TestWireMock;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** The sandbox's controls: a developer's push, PPC health, calendar triggers. */
@QuarkusTest
class ControlsTest {

    @Test
    void aPushCanBumpThePpcAndSdkVersions() {
        // Given
        String branch = uniqueBranch("bump");
        github().body(Map.of("ref", "refs/heads/" + branch, "sha", Api.head("master"))).post(REPO + "/git/refs").then().statusCode(201);

        // When
        String sha = given().contentType(ContentType.JSON).body(Map.of("branch", branch, "message", "Bump PPC to v1.6.0",
                "ppcVersion", "v1.6.0", "sdkVersion", "v0.19.0")).post("/sandbox/github/push").then().statusCode(201)
                .extract().path("sha");

        // Then
        assertThat(Api.head(branch)).isEqualTo(sha);
        String lock = github().get(REPO + "/contents/Gopkg.lock?ref=" + sha).then().extract().path("content");
        assertThat(new String(Base64.getMimeDecoder().decode(lock), StandardCharsets.UTF_8)).contains("version = \"v1.6.0\"");
        String travis = github().get(REPO + "/contents/.travis.yml?ref=" + branch).then().extract().path("content");
        assertThat(new String(Base64.getMimeDecoder().decode(travis), StandardCharsets.UTF_8)).contains("PULUMI_SDK_VERSION=v0.19.0");
    }

    @Test
    void anyPpcIsHealthyUntilMadeUnhealthy() {
        String ppc = "customer-" + UUID.randomUUID().toString().substring(0, 6);
        given().get("/ppcs/" + ppc + "/health").then().statusCode(200).body("status", Matchers.equalTo("healthy"));
        given().post("/sandbox/ppcs/" + ppc + "/unhealthy").then().statusCode(200);
        given().get("/ppcs/" + ppc + "/health").then().statusCode(503).body("status", Matchers.equalTo("unhealthy"));
        given().post("/sandbox/ppcs/" + ppc + "/healthy").then().statusCode(200);
        given().get("/ppcs/" + ppc + "/health").then().statusCode(200);
    }

    @Test
    void theCalendarTriggersCallThePromoterWithItsToken() {
        // When
        given().post("/sandbox/calendar/nightly").then().statusCode(200).body("promoterStatus", Matchers.equalTo(202));

        // Then
        TestWireMock.client().verifyThat(postRequestedFor(urlEqualTo("/promotions"))
                .withHeader("Authorization", equalTo("Bearer " + SandboxTestResources.PROMOTER_TOKEN))
                .withRequestBody(matchingJsonPath("$.to", equalTo("staging"))).withRequestBody(matchingJsonPath("$.reason")));
    }

    @Test
    void aTriggerThePromoterRefusesIsReportedAsABadGateway() {
        // Given
        TestWireMock.client().register(post(urlEqualTo("/promotions")).withRequestBody(containing("production")).atPriority(1)
                .willReturn(aResponse().withStatus(409).withBody("{\"message\":\"frozen\"}")));

        // When / Then
        given().post("/sandbox/calendar/tuesday").then().statusCode(502).body("promoterStatus", Matchers.equalTo(409))
                .body("promoterAnswer", Matchers.containsString("frozen"));
    }

    @Test
    void theStateShowsBranchesBuildsAndPpcs() {
        given().get("/sandbox/state").then().statusCode(200).body("github.branches.master", Matchers.matchesPattern("[0-9a-f]{40}"))
                .body("github.repository", Matchers.equalTo("acme/pulumi-service"));
    }
}
