package io.releasetrain.messaging.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of the outbox, written for both MySQL 8 and MariaDB 10.11. Every method works on the
 * connection it is given, so it joins whatever transaction that connection is in.
 */
final class OutboxStore {

    private static final String INSERT = """
            INSERT INTO outbox_event (event_id, topic, record_key, event_type, event_source, event_subject,
                                      occurred_at, payload)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

    // SKIP LOCKED without "OF alias": the form both MySQL 8 and MariaDB accept.
    private static final String LOCK_RELAY = "SELECT name FROM outbox_relay_lock WHERE name = 'relay' FOR UPDATE SKIP LOCKED";

    private static final String PENDING = """
            SELECT seq, event_id, topic, record_key, event_type, event_source, event_subject, occurred_at, payload
            FROM outbox_event WHERE sent_at IS NULL ORDER BY seq LIMIT ?""";

    private OutboxStore() {
    }

    static void insert(Connection connection, OutboxRecord event) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            statement.setString(1, event.eventId());
            statement.setString(2, event.topic());
            statement.setString(3, event.key());
            statement.setString(4, event.type());
            statement.setString(5, event.source());
            statement.setString(6, event.subject());
            statement.setTimestamp(7, Timestamp.from(event.occurredAt()));
            statement.setString(8, event.payload());
            statement.executeUpdate();
        }
    }

    /** True when this connection's transaction now holds the relay lock; false when another holds it. */
    static boolean tryLockRelay(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(LOCK_RELAY);
                ResultSet rows = statement.executeQuery()) {
            return rows.next();
        }
    }

    static List<OutboxRecord> pending(Connection connection, int limit) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(PENDING)) {
            statement.setInt(1, limit);
            List<OutboxRecord> records = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    records.add(new OutboxRecord(rows.getLong(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
                            rows.getTimestamp(8).toInstant(), rows.getString(9)));
                }
            }
            return records;
        }
    }

    static void markSent(Connection connection, List<OutboxRecord> records, Instant sentAt) throws SQLException {
        String placeholders = String.join(",", java.util.Collections.nCopies(records.size(), "?"));
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE outbox_event SET sent_at = ? WHERE seq IN (" + placeholders + ")")) {
            statement.setTimestamp(1, Timestamp.from(sentAt));
            for (int i = 0; i < records.size(); i++) {
                statement.setLong(i + 2, records.get(i).seq());
            }
            statement.executeUpdate();
        }
    }

    static int purgeSentBefore(Connection connection, Instant cutoff) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "DELETE FROM outbox_event WHERE sent_at IS NOT NULL AND sent_at < ? LIMIT 10000")) {
            statement.setTimestamp(1, Timestamp.from(cutoff));
            return statement.executeUpdate();
        }
    }

    static long countPending(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT COUNT(*) FROM outbox_event WHERE sent_at IS NULL");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
