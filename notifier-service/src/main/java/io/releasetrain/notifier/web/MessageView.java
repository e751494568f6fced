package io.releasetrain.notifier.web;

import io.releasetrain.notifier.delivery.OutgoingMessage;
import java.time.Instant;

/**
 * A Slack message as the REST API shows it.
 *
 * @param id          the message's id, to retry it
 * @param eventId     the CloudEvent that caused it
 * @param eventType   its type
 * @param action      {@code POST} or {@code UPDATE} (of a thread head)
 * @param channel     the channel, as configured
 * @param threadKey   the promotion, rollout or rollback thread it belongs to; null when none
 * @param text        the plain-text form of the message
 * @param status      {@code PENDING}, {@code SENT}, {@code DEAD} or {@code SKIPPED}
 * @param attempts    calls made to Slack for it
 * @param lastError   why the last attempt failed, in Slack's words (e.g. {@code channel_not_found})
 * @param createdAt   when the event was announced
 * @param sentAt      when Slack took it
 * @param retriedBy   who last sent it back to the queue
 * @param retryReason why
 */
public record MessageView(long id, String eventId, String eventType, String action, String channel,
        String threadKey, String text, String status, int attempts, String lastError, Instant createdAt,
        Instant sentAt, String retriedBy, String retryReason) {

    static MessageView of(OutgoingMessage m) {
        return new MessageView(m.id, m.eventId, m.eventType, m.action.name(), m.channel, m.threadKey, m.text,
                m.status.name(), m.attempts, m.lastError, m.createdAt, m.sentAt, m.retriedBy, m.retryReason);
    }
}
