package io.releasetrain.notifier.slack;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The JSON body of {@code chat.postMessage}.
 *
 * @param channel     a channel id or name
 * @param text        the plain-text fallback
 * @param blocks      the Block Kit blocks, as a JSON array
 * @param threadTs    the head's {@code ts} for a reply; null for a new message
 * @param metadata    names the notifier's message, so that a message whose answer was lost can be found
 * @param unfurlLinks false: the message's own links say enough
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SlackPost(
        String channel,
        String text,
        JsonNode blocks,
        @JsonProperty("thread_ts") String threadTs,
        SlackMetadata metadata,
        @JsonProperty("unfurl_links") boolean unfurlLinks) {
}
