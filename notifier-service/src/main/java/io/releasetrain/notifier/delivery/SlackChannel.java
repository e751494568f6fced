package io.releasetrain.notifier.delivery;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * The per-channel row of {@code slack_channel}: its lock makes one sender at a time, on any instance, post to
 * the channel, and {@code not_before_ms} spaces its messages out (rate limit, {@code Retry-After}).
 */
final class SlackChannel {

    private SlackChannel() {
    }

    /** The channel's lock and schedule, as the sender sees them while holding the lock. */
    record Locked(String channel, String slackChannel, long notBeforeMs) {
    }

    /**
     * Creates the channel's row if it has none yet. Looks first with a plain read: an {@code INSERT IGNORE} of an
     * existing row waits for the sender's lock on it, and the sender may be waiting for the thread row the
     * caller holds.
     */
    static void ensure(String channel) {
        boolean exists = !em().createNativeQuery("SELECT 1 FROM slack_channel WHERE channel = ?1")
                .setParameter(1, channel)
                .getResultList().isEmpty();
        if (!exists) {
            em().createNativeQuery("INSERT IGNORE INTO slack_channel (channel, not_before_ms) VALUES (?1, 0)")
                    .setParameter(1, channel)
                    .executeUpdate();
        }
    }

    /**
     * Locks the channel's row for the current transaction; empty when another sender holds it. The plain
     * {@code FOR UPDATE SKIP LOCKED} form, which MySQL 8 and MariaDB both accept (no {@code OF alias}).
     */
    static Optional<Locked> tryLock(String channel) {
        List<?> rows = em().createNativeQuery(
                        "SELECT channel, slack_channel, not_before_ms FROM slack_channel WHERE channel = ?1 "
                                + "FOR UPDATE SKIP LOCKED")
                .setParameter(1, channel)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new Locked((String) row[0], (String) row[1], ((Number) row[2]).longValue()));
    }

    /** Sets when the channel may next be posted to, and its id once Slack has told it. */
    static void schedule(String channel, long notBeforeMs, String slackChannel) {
        em().createNativeQuery("UPDATE slack_channel SET not_before_ms = ?1, "
                        + "slack_channel = COALESCE(?2, slack_channel) WHERE channel = ?3")
                .setParameter(1, notBeforeMs)
                .setParameter(2, slackChannel)
                .setParameter(3, channel)
                .executeUpdate();
    }

    /** The channels with messages still to send. */
    @SuppressWarnings("unchecked")
    static List<String> withPendingMessages() {
        return em().createNativeQuery("SELECT DISTINCT channel FROM slack_message WHERE status = 'PENDING'")
                .getResultList();
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
