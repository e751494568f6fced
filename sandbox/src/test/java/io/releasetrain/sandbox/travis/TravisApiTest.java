package io.releasetrain.sandbox.travis;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.releasetrain.sandbox.Api.REPO;
import static io.releasetrain.sandbox.Api.github;
import static io.releasetrain.sandbox.Api.travis;
import static io.releasetrain.sandbox.Api.uniqueBranch;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.sandbox.Api;
import io.releasetrain.testsupport.TestWireMock;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** Travis CI API v3: PPC jobs through the requests API, builds and jobs, and builds made to fail. */
@QuarkusTest
class TravisApiTest {

    private static final String REQUESTS = "/repo/acme%2Fpulumi-service/requests";

    private static long request(List<String> env) {
        Map<String, Object> body = Map.of("request", Map.of("branch", "production", "message", "PPC job",
                "config", Map.of("merge_mode", "deep_merge", "env", Map.of("global", env))));
        return ((Number) travis().body(body).post(REQUESTS).then().statusCode(202)
                .body("@type", Matchers.equalTo("pending")).body("request.branch", Matchers.equalTo("production"))
                .extract().path("request.id")).longValue();
    }

    private static Map<String, Object> finishedBuild(long requestId) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> travis().get("/repo/acme%2Fpulumi-service/request/" + requestId)
                .then().statusCode(200).body("builds", hasSize(1))
                .body("builds[0].state", Matchers.oneOf("passed", "failed")));
        int buildId = travis().get("/repo/acme%2Fpulumi-service/request/" + requestId).then().extract().path("builds[0].id");
        return travis().get("/build/" + buildId).then().statusCode(200).body("event_type", Matchers.equalTo("api"))
                .extract().as(Map.class);
    }

    @Test
    void anUpdateJobSetsThePpcsVersionAndPasses() {
        // Given
        String ppc = "acme-" + UUID.randomUUID().toString().substring(0, 6);

        // When
        long requestId = request(List.of("RT_JOB_KIND=update", "RT_JOB_ID=job-1", "PPC_NAME=" + ppc, "PPC_VERSION=v1.5.0",
                "SDK_VERSION=v0.18.0"));

        // Then
        Map<String, Object> build = finishedBuild(requestId);
        org.assertj.core.api.Assertions.assertThat(build).containsEntry("state", "passed");
        int jobId = travis().get("/build/" + build.get("id")).then().extract().path("jobs[0].id");
        travis().get("/job/" + jobId).then().statusCode(200).body("state", Matchers.equalTo("passed"))
                .body("config.name", Matchers.equalTo("Update PPC (" + ppc + ")"));
        given().get("/ppcs/" + ppc).then().body("version", Matchers.equalTo("v1.5.0")).body("sdkVersion", Matchers.equalTo("v0.18.0"));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> TestWireMock.client().verifyThat(
                postRequestedFor(urlEqualTo("/webhooks/travis")).withRequestBody(containing("%22type%22%3A%22api%22"))
                        .withRequestBody(containing(String.valueOf(build.get("id"))))));
    }

    @Test
    void anUpdateOfAPpcMadeToFailFailsAndLeavesItsVersion() {
        // Given
        String ppc = "failing-" + UUID.randomUUID().toString().substring(0, 6);
        given().post("/sandbox/ppcs/" + ppc + "/fail-next-update").then().statusCode(200);

        // When
        long requestId = request(List.of("RT_JOB_KIND=update", "PPC_NAME=" + ppc, "PPC_VERSION=v2.0.0"));

        // Then
        org.assertj.core.api.Assertions.assertThat(finishedBuild(requestId)).containsEntry("state", "failed");
        given().get("/ppcs/" + ppc).then().body("version", Matchers.nullValue());
    }

    @Test
    void aCreateJobStandsThePpcUpAndPostsItsEndpointToTheCallback() {
        // Given
        String ppc = "newco-ppc-" + UUID.randomUUID().toString().substring(0, 6);
        String callback = TestWireMock.baseUrl() + "/standups/" + ppc + "/callback";

        // When
        long requestId = request(List.of("RT_JOB_KIND=create", "RT_JOB_ID=standup-7", "PPC_NAME=" + ppc, "PPC_VERSION=v1.5.0",
                "PPC_REGION=eu-west-1", "RT_CALLBACK_URL=" + callback, "RT_CALLBACK_TOKEN=single-use-token"));

        // Then
        org.assertj.core.api.Assertions.assertThat(finishedBuild(requestId)).containsEntry("state", "passed");
        TestWireMock.client().verifyThat(postRequestedFor(urlEqualTo("/standups/" + ppc + "/callback"))
                .withHeader("Authorization", equalTo("Bearer single-use-token"))
                .withRequestBody(matchingJsonPath("$.endpoint", Matchers_endsWith("/ppcs/" + ppc)))
                .withRequestBody(matchingJsonPath("$.accessToken")));
        given().get("/ppcs/" + ppc).then().body("region", Matchers.equalTo("eu-west-1")).body("version", Matchers.equalTo("v1.5.0"));
    }

    private static com.github.tomakehurst.wiremock.matching.StringValuePattern Matchers_endsWith(String suffix) {
        return com.github.tomakehurst.wiremock.client.WireMock.matching(".*" + java.util.regex.Pattern.quote(suffix));
    }

    @Test
    void theNextBuildOfABranchMadeToFailReportsFailureToGitHub() {
        // Given a branch (its creation is built too) whose next build is to fail
        String branch = uniqueBranch("red");
        github().body(Map.of("ref", "refs/heads/" + branch, "sha", Api.head("master"))).post(REPO + "/git/refs").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("branch", branch)).post("/sandbox/travis/fail-next-build")
                .then().statusCode(200);

        // When
        String sha = Api.pushCommit(branch, "Broken change", Map.of());

        // Then
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> github().get(REPO + "/commits/" + sha + "/status").then()
                .body("state", Matchers.equalTo("failure"))
                .body("statuses.find { it.context == 'continuous-integration/travis-ci/push' }.state", Matchers.equalTo("failure")));
        github().get(REPO + "/commits/" + sha + "/check-runs").then().body("check_runs[0].conclusion", Matchers.equalTo("failure"))
                .body("check_runs[0].app.slug", Matchers.equalTo("travis-ci"));
        travis().get("/repo/acme%2Fpulumi-service/builds?branch.name=" + branch).then().body("builds[0].state", Matchers.equalTo("failed"));

        // and only the next one: another push passes
        String fixed = Api.pushCommit(branch, "Fix", Map.of());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> github().get(REPO + "/commits/" + fixed + "/status").then()
                .body("state", Matchers.equalTo("success")));
    }

    @Test
    void theApiWantsATokenAndAnswersTravisErrors() {
        given().contentType(ContentType.JSON).body(Map.of("request", Map.of())).post(REQUESTS).then().statusCode(403)
                .body("error_type", Matchers.equalTo("login_required"));
        travis().get("/build/999999").then().statusCode(404).body("@type", Matchers.equalTo("error"))
                .body("error_type", Matchers.equalTo("not_found"));
        travis().body(Map.of("request", Map.of("branch", "master"))).post("/repo/acme%2Fother/requests").then().statusCode(404);
        given().get("/config").then().statusCode(200)
                .body("config.notifications.webhook.public_key", Matchers.startsWith("-----BEGIN PUBLIC KEY-----"));
    }
}
