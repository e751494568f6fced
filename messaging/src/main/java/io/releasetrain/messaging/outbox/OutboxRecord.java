package io.releasetrain.messaging.outbox;

import java.time.Instant;

/**
 * One event in the outbox: the CloudEvent attributes, where it goes, and its JSON data.
 *
 * @param seq the row's position; rows are published in this order
 */
public record OutboxRecord(
        long seq,
        String eventId,
        String topic,
        String key,
        String type,
        String source,
        String subject,
        Instant occurredAt,
        String payload) {
}
