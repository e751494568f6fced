package io.releasetrain.promoter.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.events.EventJson;
import io.releasetrain.testsupport.TestWireMock;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A GitHub App's installation token: minted with an RS256 JWT once, reused while valid, renewed before expiry. */
@QuarkusTest
class InstallationTokensTest {

    private static final String APP_ID = "424242";

    @Inject
    GitHubClient client;

    private final WireMock wireMock = TestWireMock.client();

    @Test
    void aTokenIsMintedOnceWithTheAppsJwtAndRenewedBeforeItExpires() throws Exception {
        // Given GitHub mints tokens that live an hour, first "ghs_first" then "ghs_second"
        long installation = 9_001;
        String path = "/app/installations/" + installation + "/access_tokens";
        Instant start = Instant.now();
        wireMock.register(post(urlPathEqualTo(path)).inScenario("mint").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(token("ghs_first", start.plus(Duration.ofHours(1)))).willSetStateTo("minted"));
        wireMock.register(post(urlPathEqualTo(path)).inScenario("mint").whenScenarioStateIs("minted")
                .willReturn(token("ghs_second", start.plus(Duration.ofHours(2)))));
        KeyPair key = rsaKey();
        MovableClock clock = new MovableClock(start);
        InstallationTokens tokens = client.installationTokens(APP_ID, installation, key.getPrivate(),
                Duration.ofMinutes(5), clock);

        // When it is asked for twice within the hour, and again 56 minutes later
        String first = tokens.token();
        String again = tokens.token();
        clock.now = start.plus(Duration.ofMinutes(56));
        String renewed = tokens.token();

        // Then it minted twice, each time with a JWT of the app signed by its key
        assertThat(List.of(first, again, renewed)).containsExactly("ghs_first", "ghs_first", "ghs_second");
        wireMock.verifyThat(2, postRequestedFor(urlPathEqualTo(path))
                .withHeader("Accept", equalTo("application/vnd.github+json"))
                .withHeader("X-GitHub-Api-Version", equalTo("2022-11-28")));
        List<LoggedRequest> mints = wireMock.find(postRequestedFor(urlPathEqualTo(path)));
        JsonNode claims = verifiedClaims(mints.get(0).getHeader("Authorization"), key);
        assertThat(claims.path("iss").asText()).isEqualTo(APP_ID);
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isLessThanOrEqualTo(600);
    }

    @Test
    void aPkcs1KeyAsGitHubIssuesItIsRead() throws Exception {
        KeyPair key = rsaKey();
        byte[] pkcs8 = key.getPrivate().getEncoded();
        byte[] pkcs1 = java.util.Arrays.copyOfRange(pkcs8, 26, pkcs8.length); // after version and algorithm
        String pem = "-----BEGIN RSA PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(pkcs1)
                + "\n-----END RSA PRIVATE KEY-----\n";

        assertThat(AppPrivateKey.read(pem)).isEqualTo(key.getPrivate());
        assertThat(AppPrivateKey.read(pem.replace("\n", "\\n"))).isEqualTo(key.getPrivate());
    }

    @Test
    void callsCarryTheProjectsUserAgent() {
        long hook = 79_999;
        String path = "/repos/acme/client-test/hooks/" + hook + "/deliveries";
        wireMock.register(get(urlPathEqualTo(path)).willReturn(okJson("[]")));

        client.deliveriesSince("acme/client-test", hook, Instant.EPOCH, 1);

        wireMock.verifyThat(1, getRequestedFor(urlPathEqualTo(path))
                .withHeader("User-Agent", WireMock.containing("release-train")));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder token(String token, Instant expires) {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody("{\"token\":\"" + token + "\",\"expires_at\":\"" + expires + "\",\"permissions\":{\"contents\":\"write\"},"
                        + "\"repository_selection\":\"selected\"}");
    }

    private static JsonNode verifiedClaims(String authorization, KeyPair key) throws Exception {
        assertThat(authorization).startsWith("Bearer ");
        String[] parts = authorization.substring("Bearer ".length()).split("\\.");
        Base64.Decoder url = Base64.getUrlDecoder();
        assertThat(EventJson.mapper().readTree(url.decode(parts[0])).path("alg").asText()).isEqualTo("RS256");
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(key.getPublic());
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(rs256.verify(url.decode(parts[2]))).as("signed with the app's key").isTrue();
        return EventJson.mapper().readTree(url.decode(parts[1]));
    }

    private static KeyPair rsaKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    /** A clock the test moves by hand. */
    private static final class MovableClock extends Clock {

        volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
