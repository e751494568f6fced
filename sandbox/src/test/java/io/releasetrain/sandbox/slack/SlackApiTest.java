package io.releasetrain.sandbox.slack;

import static io.releasetrain.sandbox.Api.slack;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Slack's chat.postMessage and chat.update as the notifier uses them, and the transcript. */
@QuarkusTest
class SlackApiTest {

    @Test
    void aThreadHeadIsPostedRepliedToAndUpdatedInPlace() {
        // Given
        String promotion = "Promotion " + UUID.randomUUID();

        // When
        String ts = slack().body(Map.of("channel", "#releases", "text", promotion + ": opened",
                "blocks", java.util.List.of(Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", "*opened*")))))
                .post("/api/chat.postMessage").then().statusCode(200).body("ok", equalTo(true))
                .body("channel", matchesPattern("C[0-9]{8}")).body("ts", matchesPattern("[0-9]+\\.[0-9]{6}"))
                .extract().path("ts");
        String channel = slack().body(Map.of("channel", "releases", "text", promotion + ": checks passed", "thread_ts", ts))
                .post("/api/chat.postMessage").then().body("ok", equalTo(true)).body("message.thread_ts", equalTo(ts))
                .extract().path("channel");
        slack().body(Map.of("channel", channel, "ts", ts, "text", promotion + ": merged")).post("/api/chat.update")
                .then().body("ok", equalTo(true)).body("ts", equalTo(ts)).body("text", equalTo(promotion + ": merged"));

        // Then
        given().get("/sandbox/slack/transcript").then().statusCode(200)
                .body("find { it.name == 'releases' }.messages.find { it.ts == '" + ts + "' }.text", equalTo(promotion + ": merged"))
                .body("find { it.name == 'releases' }.messages.find { it.ts == '" + ts + "' }.replies.text",
                        hasItem(promotion + ": checks passed"));
        given().get("/sandbox/slack/transcript.txt").then().body(containsString(promotion + ": merged"));
        given().get("/slack").then().statusCode(200).contentType(ContentType.HTML).body(containsString(promotion + ": checks passed"));
    }

    @Test
    void refusalsAreOkFalseWithSlacksErrorCodes() {
        given().contentType(ContentType.JSON).body(Map.of("channel", "releases", "text", "hi")).post("/api/chat.postMessage")
                .then().statusCode(200).body("ok", equalTo(false)).body("error", equalTo("not_authed"));
        slack().body(Map.of("channel", "releases")).post("/api/chat.postMessage").then().body("error", equalTo("no_text"));
        slack().body(Map.of("channel", "Not A Channel!", "text", "hi")).post("/api/chat.postMessage")
                .then().body("error", equalTo("channel_not_found"));
        slack().body(Map.of("channel", "releases", "text", "hi", "thread_ts", "1.000001")).post("/api/chat.postMessage")
                .then().body("error", equalTo("thread_not_found"));
        slack().body(Map.of("channel", "releases", "ts", "1.000001", "text", "x")).post("/api/chat.update")
                .then().body("error", equalTo("message_not_found"));
    }
}
