package io.releasetrain.notifier.delivery;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import java.time.Instant;

/** The Slack thread of one promotion, rollout or rollback: where its head was posted and what the head shows. */
/* Only the columns a transaction changed are written: the announcer updates the head's state while the sender
 * records where the head was posted, and neither may write back the other's column as it read it. */
@Entity
@DynamicUpdate
@Table(name = "slack_thread")
public class MessageThread extends PanacheEntityBase {

    /** E.g. {@code promotion/p-1}, {@code rollout/r-7}. */
    @Id
    @Column(name = "thread_key")
    public String threadKey;

    /** The channel as configured; every message of the thread goes there. */
    public String channel;

    @Column(name = "head_message_id")
    public long headMessageId;

    /** The head's current state, as JSON of a {@link io.releasetrain.notifier.template.ThreadHead}. */
    @Column(name = "head_state")
    public String headState;

    /** The channel id of the head once posted. */
    @Column(name = "slack_channel")
    public String slackChannel;

    /** The head's {@code ts} once posted: replies carry it as {@code thread_ts}. */
    @Column(name = "slack_ts")
    public String slackTs;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
