package io.releasetrain.notifier.delivery;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.ArrayList;
import java.util.List;

/**
 * What the sender commits around its calls to Slack, each in a transaction of its own: that attempts are under
 * way, before the calls, and Slack's answers, the moment they arrive.
 */
final class AttemptMarks {

    private AttemptMarks() {
    }

    /** Commits, before the calls, that attempts are under way: a crash during one leaves the mark behind. */
    static void markInDoubt(long now, List<OutgoingMessage> posts) {
        if (posts.isEmpty()) {
            return;
        }
        List<Long> ids = posts.stream().map(message -> message.id).toList();
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager()
                .createNativeQuery("UPDATE slack_message SET in_doubt_ms = ?1 WHERE id IN (?2)")
                .setParameter(1, now)
                .setParameter(2, ids)
                .executeUpdate());
        posts.forEach(message -> message.inDoubtMs = now);
    }

    /**
     * Commits Slack's answers at once, before the rest of the outcome: should the sender's transaction fail to
     * commit (deadlock, crash), the next attempt finds these messages posted and does not post them again.
     */
    static void recordAnswers(List<OutgoingMessage> answered) {
        if (answered.isEmpty()) {
            return;
        }
        // One statement for the batch: on a busy machine each round trip to the database is what a message costs.
        StringBuilder sql = new StringBuilder("UPDATE slack_message SET slack_channel = CASE id");
        List<Object> parameters = new ArrayList<>();
        for (OutgoingMessage message : answered) {
            sql.append(" WHEN ? THEN ?");
            parameters.add(message.id);
            parameters.add(message.slackChannel);
        }
        sql.append(" END, slack_ts = CASE id");
        for (OutgoingMessage message : answered) {
            sql.append(" WHEN ? THEN ?");
            parameters.add(message.id);
            parameters.add(message.slackTs);
        }
        sql.append(" END WHERE id IN (?)");
        QuarkusTransaction.requiringNew().run(() -> {
            var update = Panache.getEntityManager().createNativeQuery(numbered(sql.toString()));
            for (int i = 0; i < parameters.size(); i++) {
                update.setParameter(i + 1, parameters.get(i));
            }
            update.setParameter(parameters.size() + 1, answered.stream().map(message -> message.id).toList());
            update.executeUpdate();
        });
    }

    /** {@code ?} placeholders as {@code ?1, ?2, ...}, the form Hibernate's native queries take. */
    private static String numbered(String sql) {
        StringBuilder out = new StringBuilder(sql.length() + 64);
        int n = 0;
        for (char c : sql.toCharArray()) {
            out.append(c);
            if (c == '?') {
                out.append(++n);
            }
        }
        return out.toString();
    }
}
