package io.releasetrain.sandbox.github;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.releasetrain.sandbox.Api.REPO;
import static io.releasetrain.sandbox.Api.github;
import static io.releasetrain.sandbox.Api.uniqueBranch;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.sandbox.Api;
import io.releasetrain.sandbox.SandboxTestResources;
import io.releasetrain.testsupport.TestWireMock;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** What the promoter receives: signed GitHub deliveries and signed Travis CI notifications, verified here as the promoter verifies them. */
@QuarkusTest
class WebhookDeliveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aPushIsDeliveredSignedWithTheWebhookSecret() throws Exception {
        // Given
        String branch = uniqueBranch("signed");

        // When
        String sha = Api.branchWithCommit(branch, "master", "Signed change");

        // Then
        LoggedRequest push = awaitOne(postRequestedFor(urlEqualTo("/webhooks/github")).withHeader("X-GitHub-Event", equalTo("push"))
                .withRequestBody(containing("\"after\":\"" + sha + "\"")));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SandboxTestResources.WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(push.getBody()));
        assertThat(push.getHeader("X-Hub-Signature-256")).isEqualTo(expected);
        assertThat(push.getHeader("X-GitHub-Hook-ID")).isEqualTo("77");
        assertThat(push.getHeader("X-GitHub-Delivery")).matches("[0-9a-f-]{36}");
        JsonNode payload = JSON.readTree(push.getBody());
        assertThat(payload.path("ref").asText()).isEqualTo("refs/heads/" + branch);
        assertThat(payload.path("repository").path("full_name").asText()).isEqualTo("acme/pulumi-service");
        assertThat(payload.path("head_commit").path("id").asText()).isEqualTo(sha);
    }

    @Test
    void aBuildNotificationIsSignedWithTheKeyTravisPublishes() throws Exception {
        // Given
        String branch = uniqueBranch("travis-signed");

        // When a push starts a push build that passes
        String sha = Api.branchWithCommit(branch, "master", "Build me");

        // Then
        LoggedRequest notification = awaitOne(postRequestedFor(urlEqualTo("/webhooks/travis"))
                .withRequestBody(containing(sha)).withRequestBody(containing("passed")));
        assertThat(notification.getHeader("Travis-Repo-Slug")).isEqualTo("acme/pulumi-service");
        assertThat(notification.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        String form = notification.getBodyAsString();
        assertThat(form).startsWith("payload=");
        byte[] payload = URLDecoder.decode(form.substring("payload=".length()), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
        Signature verifier = Signature.getInstance("SHA1withRSA");
        verifier.initVerify(travisKey());
        verifier.update(payload);
        assertThat(verifier.verify(Base64.getDecoder().decode(notification.getHeader("Signature")))).isTrue();
        JsonNode build = JSON.readTree(payload);
        assertThat(build.path("type").asText()).isEqualTo("push");
        assertThat(build.path("branch").asText()).isEqualTo(branch);
        assertThat(build.path("state").asText()).isEqualTo("passed");
        assertThat(build.path("repository").path("owner_name").asText()).isEqualTo("acme");
        assertThat(build.path("matrix").get(0).path("state").asText()).isEqualTo("passed");
    }

    @Test
    void deliveriesAreListedAndRedeliveredWithTheSameGuid() {
        // Given
        String branch = uniqueBranch("redeliver");
        String sha = Api.branchWithCommit(branch, "master", "Deliver me twice");
        LoggedRequest first = awaitOne(postRequestedFor(urlEqualTo("/webhooks/github")).withHeader("X-GitHub-Event", equalTo("push"))
                .withRequestBody(containing("\"after\":\"" + sha + "\"")));
        String guid = first.getHeader("X-GitHub-Delivery");

        // When
        List<Map<String, Object>> deliveries = github().get(REPO + "/hooks/77/deliveries?per_page=100").then().statusCode(200)
                .extract().path("findAll { it.guid == '" + guid + "' }");
        assertThat(deliveries).hasSize(1);
        assertThat(deliveries.get(0)).containsEntry("status_code", 202).containsEntry("event", "push").containsEntry("redelivery", false);
        github().post(REPO + "/hooks/77/deliveries/" + deliveries.get(0).get("id") + "/attempts").then().statusCode(202);

        // Then
        await().atMost(Duration.ofSeconds(5)).until(() -> TestWireMock.client().find(postRequestedFor(urlEqualTo("/webhooks/github"))
                .withHeader("X-GitHub-Delivery", equalTo(guid))).size() == 2);
        github().get(REPO + "/hooks/99/deliveries").then().statusCode(404);
    }

    private static LoggedRequest awaitOne(com.github.tomakehurst.wiremock.matching.RequestPatternBuilder pattern) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> TestWireMock.client().find(pattern), list -> !list.isEmpty()).get(0);
    }

    private static PublicKey travisKey() throws Exception {
        String pem = given().get("/config").then().statusCode(200).extract().path("config.notifications.webhook.public_key");
        String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
