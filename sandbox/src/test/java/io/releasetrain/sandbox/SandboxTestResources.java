package io.releasetrain.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.releasetrain.testsupport.TestWireMock;
import java.util.Map;

/**
 * WireMock stands in for the promoter (webhooks, calendar triggers) and the fleet service's stand-up callback;
 * everything answers 202 unless a test stubs otherwise. Short build times keep the tests quick.
 */
public class SandboxTestResources implements QuarkusTestResourceLifecycleManager {

    /** The webhook secret of this test run. */
    public static final String WEBHOOK_SECRET = "sandbox-test-secret-" + System.nanoTime();
    public static final String PROMOTER_TOKEN = "promoter-test-token";

    @Override
    public Map<String, String> start() {
        TestWireMock.client().register(any(urlPathMatching("/.*")).atPriority(10).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody("{\"status\":\"accepted\"}")));
        return Map.of(
                "quarkus.rest-client.promoter.url", TestWireMock.baseUrl(),
                "sandbox.github.webhook-secret", WEBHOOK_SECRET,
                "sandbox.github.hook-id", "77",
                "sandbox.promoter.token", PROMOTER_TOKEN,
                "sandbox.travis.queue-time", "20ms",
                "sandbox.travis.build-duration", "300ms",
                "sandbox.travis.job-duration", "200ms");
    }

    @Override
    public void stop() {
    }
}
