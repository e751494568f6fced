package io.releasetrain.notifier.slack;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * Slack's message metadata: the notifier names each message it posts with its message key, to look for it
 * later when it cannot tell whether an attempt reached Slack.
 *
 * @param eventType    always {@value #EVENT_TYPE}
 * @param eventPayload {@code {"message_key": "..."}}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record SlackMetadata(
        @JsonProperty("event_type") String eventType,
        @JsonProperty("event_payload") Map<String, Object> eventPayload) {

    static final String EVENT_TYPE = "releasetrain_notice";
    static final String KEY = "message_key";

    static SlackMetadata of(String messageKey) {
        return new SlackMetadata(EVENT_TYPE, Map.of(KEY, messageKey));
    }

    boolean names(String messageKey) {
        return EVENT_TYPE.equals(eventType) && eventPayload != null && messageKey.equals(eventPayload.get(KEY));
    }
}
