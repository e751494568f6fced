package io.releasetrain.notifier.delivery;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import java.time.Instant;

/**
 * One Slack message the notifier owes: written with the inbox record of the event behind it, then sent by
 * {@link SlackSender}, per channel in id order.
 */
/* Only changed columns are written: Slack's answer is committed on the row from a second transaction. */
@Entity
@DynamicUpdate
@Table(name = "slack_message")
public class OutgoingMessage extends PanacheEntityBase {

    /** What the message does in Slack. */
    public enum Action {
        /** {@code chat.postMessage}: a thread head, a reply in a thread, or a message on its own. */
        POST,
        /** {@code chat.update} of a thread's head message. */
        UPDATE
    }

    /** Where the message stands. */
    public enum Status {
        /** Still to be sent. */
        PENDING,
        /** Slack has it. */
        SENT,
        /** Slack refused it for good; {@link #lastError} says why. It can be retried over REST. */
        DEAD,
        /** Not sent on purpose: a later update of the same head replaced it, or its thread head never made it. */
        SKIPPED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id")
    public String eventId;

    @Column(name = "event_type")
    public String eventType;

    @Enumerated(EnumType.STRING)
    public Action action;

    /** The channel as configured: a name or an id. */
    public String channel;

    @Column(name = "thread_key")
    public String threadKey;

    @Column(name = "thread_head")
    public boolean threadHead;

    public String text;

    /** The Block Kit blocks, as JSON. */
    public String blocks;

    @Enumerated(EnumType.STRING)
    public Status status;

    public int attempts;

    @Column(name = "next_attempt_ms")
    public long nextAttemptMs;

    @Column(name = "in_doubt_ms")
    public Long inDoubtMs;

    @Column(name = "last_error")
    public String lastError;

    /** The channel id Slack answered with. */
    @Column(name = "slack_channel")
    public String slackChannel;

    @Column(name = "slack_ts")
    public String slackTs;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "retried_by")
    public String retriedBy;

    @Column(name = "retry_reason")
    public String retryReason;
}
