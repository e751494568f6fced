package io.releasetrain.promoter.ingress.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.releasetrain.promoter.Webhooks.github;
import static io.releasetrain.promoter.Webhooks.newDeliveryId;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.promoter.GitHubPayloads;
import io.releasetrain.promoter.PromoterTestResources;
import io.releasetrain.testsupport.TestClock;
import io.releasetrain.testsupport.TestWireMock;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The recovery job against GitHub's deliveries API played by WireMock, for the configured hook 1001. */
@QuarkusTest
class MissedDeliveriesTest {

    private static final String HOOK_PATH = "/repos/" + PromoterTestResources.SERVICE_REPOSITORY + "/hooks/"
            + PromoterTestResources.SERVICE_HOOK_ID + "/deliveries";

    @Inject
    MissedDeliveries missedDeliveries;

    private final WireMock wireMock = TestWireMock.client();

    @Test
    void failedDeliveriesWeNeverRecordedAreRedeliveredAndNothingElse() {
        String lost = newDeliveryId();
        String committedButTimedOut = newDeliveryId();
        String fine = newDeliveryId();
        String lostOnPageTwo = newDeliveryId();
        // GitHub gave up waiting for our answer, but we had recorded the delivery.
        github("push", committedButTimedOut, GitHubPayloads.push(PromoterTestResources.SERVICE_REPOSITORY,
                "efefefefefefefefefefefefefefefefefefefef")).then().statusCode(202);
        Instant now = TestClock.now();
        wireMock.register(get(urlPathEqualTo(HOOK_PATH)).atPriority(1)
                .withQueryParam("cursor", WireMock.equalTo("v1_page2"))
                .willReturn(okJson("[" + attempt(91004, lostOnPageTwo, now.minusSeconds(900), 0) + "]")));
        wireMock.register(get(urlPathEqualTo(HOOK_PATH)).atPriority(2).willReturn(okJson("["
                + attempt(91003, fine, now.minusSeconds(60), 202) + ","
                + attempt(91002, committedButTimedOut, now.minusSeconds(120), 0) + ","
                + attempt(91001, lost, now.minusSeconds(300), 502) + "]")
                .withHeader("Link", "<" + TestWireMock.baseUrl() + HOOK_PATH + "?per_page=100&cursor=v1_page2>; rel=\"next\"")));
        wireMock.register(post(urlPathMatching(HOOK_PATH + "/\\d+/attempts")).willReturn(aResponse().withStatus(202).withBody("{}")));

        int asked = missedDeliveries.recover();

        assertThat(asked).isEqualTo(2);
        wireMock.verifyThat(1, postRequestedFor(urlPathEqualTo(HOOK_PATH + "/91001/attempts")));
        wireMock.verifyThat(1, postRequestedFor(urlPathEqualTo(HOOK_PATH + "/91004/attempts")));
        wireMock.verifyThat(0, postRequestedFor(urlPathEqualTo(HOOK_PATH + "/91002/attempts")));
        wireMock.verifyThat(0, postRequestedFor(urlPathEqualTo(HOOK_PATH + "/91003/attempts")));
    }

    private static String attempt(long id, String guid, Instant at, int statusCode) {
        return "{\"id\":" + id + ",\"guid\":\"" + guid + "\",\"delivered_at\":\"" + at + "\",\"redelivery\":false,"
                + "\"duration\":10.0,\"status\":\"" + (statusCode == 0 ? "timed out" : "Invalid HTTP Response: " + statusCode)
                + "\",\"status_code\":" + statusCode + ",\"event\":\"push\",\"action\":null,\"installation_id\":null,"
                + "\"repository_id\":186853002}";
    }
}
