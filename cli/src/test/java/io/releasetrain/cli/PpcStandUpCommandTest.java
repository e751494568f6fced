package io.releasetrain.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.releasetrain.cli.http.Service;
import io.releasetrain.testsupport.TestWireMock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * {@code rt ppc create ... attach ... token} against the running ppc-updater-service; Travis CI is WireMock and
 * the create job's report is posted here as the job would post it.
 */
class PpcStandUpCommandTest {

    private static final String REQUESTS = "/repo/pulumi%2Fpulumi-service/requests";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anOperatorStandsUpAPpcItsJobReportsBackAndAnOrgAdminAttachesItAndReadsItsToken() throws Exception {
        // Given Travis CI takes the create job, and an operator asks for a PPC
        String suffix = "malta" + UUID.randomUUID().toString().substring(0, 6);
        String name = "learningmachine-ppc-" + suffix;
        travisAccepts(name);
        Cli operator = Cli.signedIn("oscar@example.com", "ppc-operator");
        Cli.Result created = operator.run("ppc", "create", "--prefix", "learningmachine", "--suffix", suffix,
                "--region", "eu-west-1", "--org", Fleet.newOrg(), "--credentials", "aws-ppc-learningmachine",
                "--version", "v3.112.0", "-o", "json");
        assertThat(created.exitCode()).as(created.toString()).isZero();
        assertThat(created.json().path("status").asText()).isEqualTo("PROVISIONING");
        String cloudId = created.json().path("cloudId").asText();

        // When the job reports the PPC's endpoint and token
        Map<String, String> job = createJob(name);
        assertThat(job.get("RT_CALLBACK_URL")).endsWith("/clouds/" + cloudId + "/callback");
        String accessToken = "AWU" + Long.toHexString(ThreadLocalRandom.current().nextLong());
        assertThat(report(cloudId, job.get("RT_CALLBACK_TOKEN"), Map.of("endpoint", "https://ppc.example/stage/",
                "accessToken", accessToken))).isEqualTo(204);

        // Then it is ready; only an org admin attaches it and reads its token, and the token alone is printed
        Cli.Result status = operator.run("ppc", "status", name);
        assertThat(status.out()).contains("READY").contains("https://ppc.example/stage/").doesNotContain(accessToken);
        Cli.Result refused = operator.run("ppc", "token", name, "--reason", "curious");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("org-admin").doesNotContain(accessToken);
        Cli admin = Cli.signedIn("ada@example.com", "org-admin");
        Cli.Result attached = admin.run("ppc", "attach", name, "--reason", "customer signed");
        assertThat(attached.exitCode()).as(attached.toString()).isZero();
        assertThat(attached.out()).contains("Attached " + name);
        Cli.Result token = admin.run("ppc", "token", name, "--reason", "configure the console");
        assertThat(token.exitCode()).as(token.toString()).isZero();
        assertThat(token.out().trim()).isEqualTo(accessToken);
        assertThat(admin.run("ppc", "retire", name, "--reason", "done").exitCode()).as("attached: detach first").isEqualTo(1);
        assertThat(admin.run("ppc", "detach", name, "--reason", "customer left").out()).contains("now detached");
        assertThat(admin.run("ppc", "retire", name, "--reason", "customer left").out()).contains("now retired");
    }

    @Test
    void aFailedStandUpIsRetriedThenCancelled() throws Exception {
        // Given a stand-up whose job reported a failure
        String suffix = "oslo" + UUID.randomUUID().toString().substring(0, 6);
        String name = "learningmachine-ppc-" + suffix;
        travisAccepts(name);
        Cli operator = Cli.signedIn("oscar@example.com", "ppc-operator");
        String cloudId = operator.run("ppc", "create", "--prefix", "learningmachine", "--suffix", suffix, "--region",
                "eu-west-1", "--org", Fleet.newOrg(), "--credentials", "aws", "--version", "v3.112.0", "-o", "json")
                .json().path("cloudId").asText();
        assertThat(report(cloudId, createJob(name).get("RT_CALLBACK_TOKEN"), Map.of("error", "quota exceeded"))).isEqualTo(204);
        assertThat(operator.run("ppc", "status", name).out()).contains("FAILED").contains("quota exceeded");

        // When it is retried, and then cancelled
        Cli.Result retried = operator.run("ppc", "retry", name, "--reason", "quota raised");
        Cli.Result cancelled = operator.run("ppc", "cancel", name, "--reason", "customer withdrew");

        // Then each step shows the status it led to
        assertThat(retried.out()).as(retried.toString()).contains("now provisioning");
        assertThat(cancelled.out()).as(cancelled.toString()).contains("now cancelled");
        assertThat(operator.run("ppc", "retry", name, "--reason", "again").err()).contains("cancelled");
    }

    private static void travisAccepts(String ppcName) {
        int requestId = ThreadLocalRandom.current().nextInt(1_000_000, 9_000_000);
        TestWireMock.client().register(post(urlPathEqualTo(REQUESTS)).withRequestBody(containing("PPC_NAME=" + ppcName))
                .willReturn(aResponse().withStatus(202).withHeader("Content-Type", "application/json")
                        .withBody("{\"@type\":\"pending\",\"request\":{\"id\":" + requestId + "}}")));
        TestWireMock.client().register(get(urlPathEqualTo("/repo/pulumi%2Fpulumi-service/request/" + requestId))
                .willReturn(okJson("{\"@type\":\"request\",\"id\":" + requestId + ",\"builds\":[]}")));
    }

    /** The newest create job Travis received for the PPC, as its env.global entries; waits for the service to start it. */
    private static Map<String, String> createJob(String ppcName) throws IOException {
        await().atMost(Duration.ofSeconds(30)).until(() -> !jobs(ppcName).isEmpty());
        List<LoggedRequest> jobs = jobs(ppcName);
        Map<String, String> env = new HashMap<>();
        for (JsonNode entry : JSON.readTree(jobs.get(jobs.size() - 1).getBodyAsString()).path("request").path("config")
                .path("env").path("global")) {
            String text = entry.asText();
            env.put(text.substring(0, text.indexOf('=')), text.substring(text.indexOf('=') + 1));
        }
        return env;
    }

    private static List<LoggedRequest> jobs(String ppcName) {
        return TestWireMock.client().find(postRequestedFor(urlPathEqualTo(REQUESTS))
                .withRequestBody(containing("PPC_NAME=" + ppcName)));
    }

    /** Posts the job's report as the job does; returns the status. */
    private static int report(String cloudId, String token, Map<String, String> body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(TrainUnderTest.urls().get(Service.PPC_UPDATER)
                        + "/clouds/" + cloudId + "/callback"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
