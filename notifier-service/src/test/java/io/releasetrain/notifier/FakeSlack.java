package io.releasetrain.notifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.releasetrain.testsupport.TestWireMock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

/**
 * WireMock playing Slack's Web API with Slack's request and answer shapes: {@code chat.postMessage} answers
 * {@code ok} with the channel's id and a fresh {@code ts}, {@code chat.update} answers {@code ok}, the history
 * methods find nothing, {@code conversations.list} knows both channels, unless a test says otherwise.
 */
public final class FakeSlack {

    /** The id Slack gives {@code #releases}. */
    public static final String RELEASES_ID = "C0RELEASES";
    /** The id Slack gives {@code #ops-notifications}. */
    public static final String OPS_ID = "C0OPSNOTES";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String POST = "/chat.postMessage";
    private static final String UPDATE = "/chat.update";

    private final WireMock wireMock = TestWireMock.client();

    /** Forgets every request and stub, and answers as a healthy Slack again. */
    public FakeSlack healthy() {
        wireMock.resetRequests();
        wireMock.resetMappings();
        wireMock.resetScenarios();
        wireMock.register(postTo("#releases").willReturn(posted(RELEASES_ID)));
        wireMock.register(postTo("#ops-notifications").willReturn(posted(OPS_ID)));
        wireMock.register(post(urlPathEqualTo(UPDATE)).atPriority(5)
                .willReturn(okJson("{\"ok\":true,\"channel\":\"{{jsonPath request.body '$.channel'}}\","
                        + "\"ts\":\"{{jsonPath request.body '$.ts'}}\",\"text\":\"\"}").withTransformers("response-template")));
        wireMock.register(get(urlPathEqualTo("/conversations.history")).atPriority(5)
                .willReturn(okJson("{\"ok\":true,\"messages\":[],\"has_more\":false}")));
        wireMock.register(get(urlPathEqualTo("/conversations.list")).atPriority(5)
                .willReturn(okJson("{\"ok\":true,\"channels\":[{\"id\":\"" + RELEASES_ID + "\",\"name\":\"releases\"},"
                        + "{\"id\":\"" + OPS_ID + "\",\"name\":\"ops-notifications\"}],"
                        + "\"response_metadata\":{\"next_cursor\":\"\"}}")));
        wireMock.register(get(urlPathEqualTo("/conversations.replies")).atPriority(5)
                .willReturn(okJson("{\"ok\":true,\"messages\":[],\"has_more\":false}")));
        return this;
    }

    /** From now on every call answers with {@code answer}, until {@link #healthy()}. */
    public void everyCallAnswers(ResponseDefinitionBuilder answer) {
        wireMock.register(WireMock.any(WireMock.anyUrl()).atPriority(1).willReturn(answer));
    }

    /** Registers a stub that wins over the healthy ones. */
    public void stub(MappingBuilder mapping) {
        wireMock.register(mapping.atPriority(1));
    }

    /** The chat.postMessage bodies received, in the order they arrived. */
    public List<JsonNode> posts() {
        return bodies(POST);
    }

    /** The chat.update bodies received, in the order they arrived. */
    public List<JsonNode> updates() {
        return bodies(UPDATE);
    }

    /** The {@code text} of each message posted, in order. */
    public List<String> postedTexts() {
        return posts().stream().map(body -> body.path("text").asText()).toList();
    }

    /** Every request Slack received for {@code path}. */
    public int count(String path) {
        return wireMock.find(WireMock.anyRequestedFor(urlPathEqualTo(path))).size();
    }

    private List<JsonNode> bodies(String path) {
        return wireMock.find(postRequestedFor(urlPathEqualTo(path))).stream()
                .sorted(Comparator.comparing(LoggedRequest::getLoggedDate))
                .map(request -> read(request.getBodyAsString()))
                .toList();
    }

    private static MappingBuilder postTo(String channel) {
        return post(urlPathEqualTo(POST)).atPriority(5).withRequestBody(matchingJsonPath("$.channel", equalTo(channel)));
    }

    /** Slack's answer to a post: the channel's id and a ts unique enough for a test run. */
    public static ResponseDefinitionBuilder posted(String channelId) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody("{\"ok\":true,\"channel\":\"" + channelId + "\","
                        + "\"ts\":\"1{{randomValue length=9 type='NUMERIC'}}.{{randomValue length=6 type='NUMERIC'}}\","
                        + "\"message\":{\"text\":\"\"}}")
                .withTransformers("response-template");
    }

    static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
