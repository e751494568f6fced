package io.releasetrain.promoter.travis;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.promoter.TravisKeys;
import io.releasetrain.messaging.remote.RemoteNotFoundException;
import io.releasetrain.messaging.remote.RemoteUnavailableException;
import io.releasetrain.testsupport.TestWireMock;
import jakarta.inject.Inject;
import java.security.KeyPair;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One test per answer Travis CI's {@code /config} can give. */
@QuarkusTest
class TravisClientTest {

    @Inject
    TravisClient client;

    private final WireMock wireMock = TestWireMock.client();

    @AfterEach
    void travisPublishesItsKeyAgain() {
        TravisKeys.serve();
    }

    @Test
    void twoHundredGivesThePublishedKey() {
        KeyPair pair = TravisKeys.generate();
        wireMock.register(get(urlPathEqualTo("/config")).willReturn(okJson(TravisKeys.configJson(pair))));

        assertThat(client.webhookPublicKey()).isEqualTo(pair.getPublic());
    }

    @Test
    void fourOhFourIsNotFound() {
        wireMock.register(get(urlPathEqualTo("/config")).willReturn(aResponse().withStatus(404)));

        assertThatThrownBy(() -> client.webhookPublicKey()).isInstanceOf(RemoteNotFoundException.class);
    }

    @Test
    void fourTwentyNineIsWaitedOutAndRetried() {
        KeyPair pair = TravisKeys.generate();
        String scenario = "travis-limited-" + UUID.randomUUID();
        wireMock.register(get(urlPathEqualTo("/config")).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("lifted"));
        wireMock.register(get(urlPathEqualTo("/config")).inScenario(scenario).whenScenarioStateIs("lifted")
                .willReturn(okJson(TravisKeys.configJson(pair))));

        assertThat(client.webhookPublicKey()).isEqualTo(pair.getPublic());
    }

    @Test
    void fiveHundredIsUnavailableAfterRetries() {
        wireMock.register(get(urlPathEqualTo("/config")).willReturn(aResponse().withStatus(500)));

        assertThatThrownBy(() -> client.webhookPublicKey()).isInstanceOf(RemoteUnavailableException.class)
                .hasMessageContaining("3 attempts");
    }

    @Test
    void aTimeoutIsUnavailable() {
        wireMock.register(get(urlPathEqualTo("/config")).willReturn(okJson("{}").withFixedDelay(1500)));

        assertThatThrownBy(() -> client.webhookPublicKey()).isInstanceOf(RemoteUnavailableException.class)
                .hasMessageContaining("timed out");
    }

    @Test
    void anAnswerWithoutTheKeyIsUnavailable() {
        wireMock.register(get(urlPathEqualTo("/config")).willReturn(okJson("{\"config\":{\"host\":\"travis-ci.com\"}}")));

        assertThatThrownBy(() -> client.webhookPublicKey()).isInstanceOf(RemoteUnavailableException.class)
                .hasMessageContaining("public_key is missing");
    }
}
