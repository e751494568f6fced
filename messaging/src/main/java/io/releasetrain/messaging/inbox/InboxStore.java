package io.releasetrain.messaging.inbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** The SQL of the inbox, for MySQL 8 and MariaDB. */
final class InboxStore {

    private InboxStore() {
    }

    /**
     * Records that {@code consumer} processed {@code eventId}. True the first time; false when it
     * already had (or a concurrent transaction just did: the insert waits for it and then loses).
     */
    static boolean claim(Connection connection, String consumer, String eventId, String type, Instant now)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT IGNORE INTO inbox_event (consumer, event_id, event_type, processed_at) VALUES (?, ?, ?, ?)")) {
            statement.setString(1, consumer);
            statement.setString(2, eventId);
            statement.setString(3, type);
            statement.setTimestamp(4, Timestamp.from(now));
            return statement.executeUpdate() == 1;
        }
    }

    static int purgeBefore(Connection connection, Instant cutoff) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "DELETE FROM inbox_event WHERE processed_at < ? LIMIT 10000")) {
            statement.setTimestamp(1, Timestamp.from(cutoff));
            return statement.executeUpdate();
        }
    }
}
