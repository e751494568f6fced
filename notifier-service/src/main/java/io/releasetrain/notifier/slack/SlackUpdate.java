package io.releasetrain.notifier.slack;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The JSON body of {@code chat.update}.
 *
 * @param channel the channel id the message was posted to (Slack wants the id here, not a name)
 * @param ts      the message's {@code ts}
 * @param text    the new plain-text fallback
 * @param blocks  the new Block Kit blocks, as a JSON array
 */
record SlackUpdate(String channel, String ts, String text, JsonNode blocks) {
}
