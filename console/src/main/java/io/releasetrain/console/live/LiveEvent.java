package io.releasetrain.console.live;

import java.time.Instant;

/**
 * One bus event as the pages show it: its CloudEvent attributes and a sentence saying what happened.
 *
 * @param topic   the topic it came from, which pages use to decide what to refresh
 * @param subject the aggregate it is about (promotion id, cloud id, rollout id...), may be null
 * @param time    when it happened, as the producer said; may be null
 * @param summary what happened, in words
 */
public record LiveEvent(String id, String topic, String type, String source, String subject, Instant time,
        String summary) {
}
