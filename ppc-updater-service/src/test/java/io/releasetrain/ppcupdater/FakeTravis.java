package io.releasetrain.ppcupdater;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.releasetrain.testsupport.TestWireMock;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Travis CI and the PPCs' health endpoints, as WireMock stubs, one PPC at a time. */
public final class FakeTravis {

    /** The repository's requests path: the slug {@code acme/pulumi-service}, URL-encoded as Travis wants it. */
    public static final String REPO = "/repo/acme%2Fpulumi-service";
    private static final AtomicInteger IDS = new AtomicInteger(ThreadLocalRandom.current().nextInt(1_000_000, 9_000_000));

    private FakeTravis() {
    }

    public static WireMock wireMock() {
        return TestWireMock.client();
    }

    /** Where a PPC of this name answers: {@code {wiremock}/ppcs/{name}}. */
    public static String endpoint(String ppcName) {
        return TestWireMock.baseUrl() + "/ppcs/" + ppcName;
    }

    /**
     * Travis accepts the PPC's job and, when polled, shows its build in {@code buildState}
     * ({@code passed}, {@code failed}, {@code started}).
     *
     * @return the build id
     */
    public static String accepts(String ppcName, String buildState) {
        int requestId = IDS.incrementAndGet();
        String buildId = String.valueOf(requestId + 50_000_000);
        WireMock wm = wireMock();
        wm.register(post(urlPathEqualTo(REPO + "/requests"))
                .withRequestBody(containing("\"PPC_NAME=" + ppcName + "\""))
                .willReturn(aResponse().withStatus(202).withHeader("Content-Type", "application/json")
                        .withBody("{\"@type\":\"pending\",\"remaining_requests\":10,\"request\":{\"id\":" + requestId
                                + ",\"message\":\"m\"},\"resource_type\":\"request\"}")));
        wm.register(get(urlPathEqualTo(REPO + "/request/" + requestId)).willReturn(okJson(
                "{\"@type\":\"request\",\"id\":" + requestId + ",\"state\":\"finished\",\"result\":\"approved\","
                        + "\"builds\":[{\"@type\":\"build\",\"id\":" + buildId + ",\"number\":\"" + requestId
                        + "\",\"state\":\"created\"}]}")));
        buildIs(buildId, buildState);
        return buildId;
    }

    /** From now on, polling the build shows it in {@code state}. */
    public static void buildIs(String buildId, String state) {
        wireMock().register(get(urlPathEqualTo("/build/" + buildId)).willReturn(okJson(
                "{\"@type\":\"build\",\"id\":" + buildId + ",\"number\":\"" + buildId + "\",\"state\":\"" + state + "\"}")));
    }

    public static void healthy(String ppcName) {
        wireMock().register(get(urlPathEqualTo("/ppcs/" + ppcName + "/health")).willReturn(okJson("{\"status\":\"ok\"}")));
    }

    public static void unhealthy(String ppcName) {
        wireMock().register(get(urlPathEqualTo("/ppcs/" + ppcName + "/health")).willReturn(aResponse().withStatus(503)));
    }

    /** The job requests Travis received for this PPC. */
    public static List<LoggedRequest> jobsFor(String ppcName) {
        return wireMock().find(postRequestedFor(urlPathEqualTo(REPO + "/requests"))
                .withRequestBody(containing("\"PPC_NAME=" + ppcName + "\"")));
    }

    /** The health checks the PPC received. */
    public static int healthChecksOf(String ppcName) {
        return wireMock().find(getRequestedFor(urlPathEqualTo("/ppcs/" + ppcName + "/health"))).size();
    }
}
