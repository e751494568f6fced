package io.releasetrain.notifier.slack;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * What Slack answers every Web API call with: {@code {"ok": true, ...}} or {@code {"ok": false, "error": "..."}}.
 *
 * @param ok       whether the call did what was asked
 * @param error    with ok false: why, e.g. {@code channel_not_found}
 * @param channel  chat methods: the channel id
 * @param ts       chat methods: the message's timestamp, its id within the channel
 * @param messages conversations methods: the messages found
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record SlackAnswer(boolean ok, String error, String channel, String ts, List<Message> messages) {

    /** One message of a conversation's history. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Message(String ts, SlackMetadata metadata) {
    }
}
