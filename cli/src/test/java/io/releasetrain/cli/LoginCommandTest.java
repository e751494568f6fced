package io.releasetrain.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.releasetrain.cli.auth.DevTokens;
import io.releasetrain.cli.auth.TokenStore;
import io.releasetrain.testsupport.TestWireMock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code rt login}: the OIDC device flow against an identity provider (WireMock plays it, as the outside system
 * it is), local tokens with {@code --dev}, and tokens from {@code RT_TOKEN}, each then used on a running service.
 */
class LoginCommandTest {

    private final WireMock idp = TestWireMock.client();
    private final String prefix = "/idp-" + UUID.randomUUID();
    private final String issuer = TestWireMock.baseUrl() + prefix;

    @Test
    void deviceSignInPollsUntilApprovedAndStoresTheTokenForTheOwnerOnly() throws IOException {
        // Given a provider that says "pending" once, then issues a token the services trust
        String token = new DevTokens(TrainUnderTest.keyDir()).mint("dana@example.com", List.of("oncall-primary"), Instant.now());
        stubDiscoveryAndDevice(5);
        idp.register(post(urlEqualTo(prefix + "/token")).inScenario(prefix).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"authorization_pending\"}"))
                .willSetStateTo("approved"));
        idp.register(post(urlEqualTo(prefix + "/token")).inScenario(prefix).whenScenarioStateIs("approved")
                .willReturn(okJson("{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":300}")));
        Cli cli = Cli.user("ignored").with("RT_OIDC_ISSUER", issuer);

        // When the user signs in
        Cli.Result login = cli.run("login");

        // Then they were told where to approve, the token endpoint was polled at the provider's interval,
        // and the token is stored owner-only and works on a service
        assertThat(login.exitCode()).as(login.toString()).isZero();
        assertThat(login.err()).contains("https://idp.example.com/device?user_code=WDJB-MJHT").contains("WDJB-MJHT")
                .contains("dana@example.com with roles oncall-primary");
        assertThat(cli.pauses).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5));
        idp.verifyThat(2, postRequestedFor(urlEqualTo(prefix + "/token"))
                .withRequestBody(containing("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code"))
                .withRequestBody(containing("device_code=dc-1")).withRequestBody(containing("client_id=rt")));
        Path stored = cli.configDir().resolve(TokenStore.FILE);
        assertThat(Files.readString(stored).strip()).isEqualTo(token);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(stored))).isEqualTo("rw-------");
        assertThat(cli.run("whoami", "-o", "json").json().path("subject").asText()).isEqualTo("dana@example.com");
        assertThat(cli.run("ppc", "list").exitCode()).isZero();
    }

    @Test
    void slowDownMakesThePollsSlower() {
        String token = new DevTokens(TrainUnderTest.keyDir()).mint("dana@example.com", List.of(), Instant.now());
        stubDiscoveryAndDevice(1);
        idp.register(post(urlEqualTo(prefix + "/token")).inScenario(prefix).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(400).withBody("{\"error\":\"slow_down\"}")).willSetStateTo("ok"));
        idp.register(post(urlEqualTo(prefix + "/token")).inScenario(prefix).whenScenarioStateIs("ok")
                .willReturn(okJson("{\"access_token\":\"" + token + "\"}")));
        Cli cli = Cli.offline().with("RT_OIDC_ISSUER", issuer);

        assertThat(cli.run("login").exitCode()).isZero();
        assertThat(cli.pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(6));
    }

    @Test
    void aDeniedSignInIsRefused() {
        stubDiscoveryAndDevice(5);
        idp.register(post(urlEqualTo(prefix + "/token"))
                .willReturn(aResponse().withStatus(400).withBody("{\"error\":\"access_denied\"}")));
        Cli cli = Cli.offline().with("RT_OIDC_ISSUER", issuer);

        Cli.Result denied = cli.run("login");

        assertThat(denied.exitCode()).isEqualTo(1);
        assertThat(denied.err()).contains("denied").contains("rt login");
        assertThat(cli.configDir().resolve(TokenStore.FILE)).doesNotExist();
    }

    @Test
    void anUnreachableProviderIsExitThreeAndNoProviderIsAUsageError() {
        Cli.Result down = Cli.offline().run("login", "--issuer", "http://127.0.0.1:1");
        Cli.Result none = Cli.offline().run("login");

        assertThat(down.exitCode()).isEqualTo(3);
        assertThat(down.err()).contains("could not be reached").contains("oidc.issuer");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("RT_OIDC_ISSUER").contains("rt login --dev");
    }

    @Test
    void devLoginSignsWithTheLocalKeyAndTheServicesAcceptIt() {
        Cli cli = Cli.user("lee@example.com");

        Cli.Result login = cli.run("login", "--dev", "oncall-primary", "ppc-operator");

        assertThat(login.exitCode()).as(login.toString()).isZero();
        Cli.Result whoami = cli.run("whoami", "-o", "json");
        assertThat(whoami.json().path("subject").asText()).isEqualTo("lee@example.com");
        assertThat(whoami.json().path("roles")).extracting(r -> r.asText()).containsExactly("oncall-primary", "ppc-operator");
        assertThat(whoami.json().path("issuer").asText()).isEqualTo("releasetrain-local");
        assertThat(cli.run("ppc", "list").exitCode()).isZero();
        cli.run("logout");
        assertThat(cli.run("whoami").exitCode()).isEqualTo(1);
    }

    @Test
    void rtTokenWinsAndAnUntrustedTokenIsRefusedWithHowToSignIn() throws IOException {
        Path strangerKeys = Files.createTempDirectory("stranger");
        String stranger = new DevTokens(strangerKeys).mint("mallory@example.com", List.of("release-admin"), Instant.now());
        Cli cli = Cli.signedIn("lee@example.com", "oncall-primary").with("RT_TOKEN", stranger);

        Cli.Result refused = cli.run("ppc", "list");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("did not accept your token").contains("rt login");
        assertThat(cli.run("whoami", "-o", "json").json().path("subject").asText()).isEqualTo("mallory@example.com");
    }

    private void stubDiscoveryAndDevice(int interval) {
        idp.register(get(urlEqualTo(prefix + "/.well-known/openid-configuration")).willReturn(okJson("{\"issuer\":\""
                + issuer + "\",\"device_authorization_endpoint\":\"" + issuer + "/device\",\"token_endpoint\":\""
                + issuer + "/token\"}")));
        idp.register(post(urlEqualTo(prefix + "/device")).withRequestBody(containing("client_id=rt"))
                .willReturn(okJson("{\"device_code\":\"dc-1\",\"user_code\":\"WDJB-MJHT\",\"verification_uri\":"
                        + "\"https://idp.example.com/device\",\"verification_uri_complete\":"
                        + "\"https://idp.example.com/device?user_code=WDJB-MJHT\",\"expires_in\":600,\"interval\":"
                        + interval + "}")));
    }
}
