package io.releasetrain.messaging.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The SQL of the outbox, written for both MySQL 8 and MariaDB 10.11. Every method works on the
 * connection it is given, so it joins whatever transaction that connection is in.
 */
final class OutboxStore {

    private static final String INSERT = """
            INSERT INTO outbox_event (event_id, topic, record_key, event_type, event_source, event_subject,
                                      occurred_at, payload)
            VALUES """;
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?)";

    /** Most rows in one INSERT: bounds the statement's size and the number of distinct statements cached. */
    static final int ROWS_PER_INSERT = 64;

    // SKIP LOCKED without "OF alias": the form both MySQL 8 and MariaDB accept.
    private static final String LOCK_RELAY = "SELECT name FROM outbox_relay_lock WHERE name = 'relay' FOR UPDATE SKIP LOCKED";

    private static final String PENDING = """
            SELECT seq, event_id, topic, record_key, event_type, event_source, event_subject, occurred_at, payload
            FROM outbox_event ORDER BY seq LIMIT ?""";

    private OutboxStore() {
    }

    /** Inserts the records in their order (their seq follows it), with as few statements as possible. */
    static void insert(Connection connection, List<OutboxRecord> records) throws SQLException {
        for (int from = 0; from < records.size(); from += ROWS_PER_INSERT) {
            List<OutboxRecord> chunk = records.subList(from, Math.min(records.size(), from + ROWS_PER_INSERT));
            try (PreparedStatement statement = connection.prepareStatement(
                    INSERT + String.join(", ", Collections.nCopies(chunk.size(), ROW)))) {
                int p = 1;
                for (OutboxRecord event : chunk) {
                    statement.setString(p++, event.eventId());
                    statement.setString(p++, event.topic());
                    statement.setString(p++, event.key());
                    statement.setString(p++, event.type());
                    statement.setString(p++, event.source());
                    statement.setString(p++, event.subject());
                    statement.setTimestamp(p++, Timestamp.from(event.occurredAt()));
                    statement.setString(p++, event.payload());
                }
                statement.executeUpdate();
            }
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

    /** Deletes published rows: whatever is in the outbox is pending. */
    static void deletePublished(Connection connection, List<OutboxRecord> records) throws SQLException {
        String placeholders = String.join(",", Collections.nCopies(records.size(), "?"));
        try (PreparedStatement statement = connection.prepareStatement(
                "DELETE FROM outbox_event WHERE seq IN (" + placeholders + ")")) {
            for (int i = 0; i < records.size(); i++) {
                statement.setLong(i + 1, records.get(i).seq());
            }
            statement.executeUpdate();
        }
    }

    static long countPending(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT COUNT(*) FROM outbox_event");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
