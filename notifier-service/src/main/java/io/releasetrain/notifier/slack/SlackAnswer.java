package io.releasetrain.notifier.slack;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What Slack answers every Web API call with: {@code {"ok": true, ...}} or {@code {"ok": false, "error": "..."}}.
 *
 * @param ok       whether the call did what was asked
 * @param error    with ok false: why, e.g. {@code channel_not_found}
 * @param channel  chat methods: the channel id
 * @param ts       chat methods: the message's timestamp, its id within the channel
 * @param messages conversations methods: the messages found
 * @param channels {@code conversations.list}: one page of the workspace's channels
 * @param responseMetadata paged methods: where the next page starts
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record SlackAnswer(boolean ok, String error, String channel, String ts, List<Message> messages, List<Channel> channels,
        @JsonProperty("response_metadata") Page responseMetadata) {

    /** One channel of {@code conversations.list}: its id and its name without the {@code #}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Channel(String id, String name) {
    }

    /** The cursor of the next page; empty on the last. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page(@JsonProperty("next_cursor") String nextCursor) {
    }

    /** One message of a conversation's history. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Message(String ts, SlackMetadata metadata) {
    }
}
