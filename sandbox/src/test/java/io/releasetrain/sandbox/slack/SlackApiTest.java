package io.releasetrain.sandbox.slack;

import static io.releasetrain.sandbox.Api.slack;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Slack's chat.postMessage, chat.update and conversations.* as the notifier uses them, and the transcript. */
@QuarkusTest
class SlackApiTest {

    @Test
    void aThreadHeadIsPostedRepliedToAndUpdatedInPlace() {
        // Given
        String promotion = "Promotion " + UUID.randomUUID();

        // When
        String ts = slack().body(Map.of("channel", "#releases", "text", promotion + ": opened",
                "blocks", List.of(Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", "*opened*")))))
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

    @Test
    void aPostedMessageIsFoundAgainByItsMetadataInTheHistoryOrInItsThread() {
        // Given a thread head and a reply, each posted with the metadata the notifier attaches
        String key = "promotion:" + UUID.randomUUID();
        String before = (System.currentTimeMillis() / 1000 - 1) + ".000000";
        String head = slack().body(Map.of("channel", "releases", "text", "head", "metadata", metadata(key + ":head")))
                .post("/api/chat.postMessage").then().body("ok", equalTo(true)).extract().path("ts");
        String reply = slack().body(Map.of("channel", "releases", "text", "reply", "thread_ts", head,
                "metadata", metadata(key + ":reply"))).post("/api/chat.postMessage").then().extract().path("ts");
        String channel = slack().body(Map.of("channel", "releases", "text", "later")).post("/api/chat.postMessage")
                .then().extract().path("channel");

        // Then the channel's history has the head, newest first, with its metadata when asked for, and not the reply
        slack().queryParams(Map.of("channel", channel, "oldest", before, "inclusive", true, "include_all_metadata", true))
                .get("/api/conversations.history").then().statusCode(200).body("ok", equalTo(true))
                .body("messages[0].text", equalTo("later"))
                .body("messages.find { it.ts == '" + head + "' }.metadata.event_payload.message_key", equalTo(key + ":head"))
                .body("messages.ts", not(hasItem(reply)));
        slack().queryParams(Map.of("channel", channel, "oldest", before))
                .get("/api/conversations.history").then()
                .body("messages.find { it.ts == '" + head + "' }.metadata", nullValue());
        slack().queryParams(Map.of("channel", channel, "oldest", head, "inclusive", false, "limit", 1))
                .get("/api/conversations.history").then()
                .body("messages.ts", not(hasItem(head))).body("has_more", equalTo(false));

        // And the thread answers its head first, then the reply with its metadata
        slack().queryParams(Map.of("channel", channel, "ts", head, "oldest", before, "inclusive", true,
                        "include_all_metadata", true))
                .get("/api/conversations.replies").then().body("ok", equalTo(true))
                .body("messages.ts", contains(head, reply))
                .body("messages[1].metadata.event_payload.message_key", equalTo(key + ":reply"));
        slack().queryParams(Map.of("channel", channel, "ts", head, "oldest", reply))
                .get("/api/conversations.replies").then().body("messages.ts", contains(head));
    }

    @Test
    void theChannelsAreListedAPageAtATime() {
        List<String> names = new ArrayList<>();
        String cursor = "";
        for (int page = 0; page < 50; page++) {
            var answer = slack().queryParams(Map.of("limit", 1, "cursor", cursor)).get("/api/conversations.list")
                    .then().body("ok", equalTo(true)).body("channels", hasSize(1)).extract().jsonPath();
            names.add(answer.getString("channels[0].name"));
            cursor = answer.getString("response_metadata.next_cursor");
            if (cursor.isEmpty()) {
                break;
            }
        }
        assertThat(names).contains("releases", "ops-notifications").doesNotHaveDuplicates();
        assertThat(cursor).isEmpty();
    }

    @Test
    void lookingIsRefusedWithSlacksErrorCodes() {
        given().queryParam("channel", "releases").get("/api/conversations.history").then().statusCode(200)
                .body("ok", equalTo(false)).body("error", equalTo("not_authed"));
        slack().queryParam("channel", "no-such-channel").get("/api/conversations.history")
                .then().body("error", equalTo("channel_not_found"));
        slack().queryParams(Map.of("channel", "releases", "oldest", "yesterday")).get("/api/conversations.history")
                .then().body("error", equalTo("invalid_ts_oldest"));
        slack().queryParams(Map.of("channel", "releases", "ts", "1.000001")).get("/api/conversations.replies")
                .then().body("error", equalTo("thread_not_found"));
        slack().queryParam("cursor", "not-a-cursor").get("/api/conversations.list")
                .then().body("error", equalTo("invalid_cursor"));
    }

    private static Map<String, Object> metadata(String messageKey) {
        return Map.of("event_type", "releasetrain_notice", "event_payload", Map.of("message_key", messageKey));
    }
}
