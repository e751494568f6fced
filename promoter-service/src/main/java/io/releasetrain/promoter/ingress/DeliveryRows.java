package io.releasetrain.promoter.ingress;

import io.releasetrain.promoter.ingress.DeliveryLedger.Delivery;
import io.releasetrain.promoter.ingress.DeliveryLedger.DeliveryRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The SQL of the {@code webhook_delivery} table, for MySQL 8 and MariaDB 10.11. Works on the
 * connection it is given, so it joins that connection's transaction.
 *
 * <p>Several deliveries are recorded with one multi-row {@code INSERT IGNORE}; a row that already
 * existed (a duplicate, or one a concurrent transaction committed first: IGNORE waits for its lock) is
 * skipped. Which rows this insert wrote is known without a query when it wrote all of them; otherwise
 * from the {@code write_token} it stamped on its own rows.
 */
final class DeliveryRows {

    private static final String COLUMNS =
            "INSERT IGNORE INTO webhook_delivery (source, delivery_id, event_type, repository, event_count, received_at, write_token) VALUES ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?)";

    private DeliveryRows() {
    }

    /**
     * Records the deliveries that are not recorded yet.
     *
     * @return for each delivery, whether this call recorded it; a delivery id repeated within the list is
     *         recorded (true) at its first position only
     */
    static List<Boolean> insertNew(Connection connection, List<Delivery> deliveries, Instant now) throws SQLException {
        List<Boolean> recorded = new ArrayList<>(Collections.nCopies(deliveries.size(), Boolean.FALSE));
        List<Integer> firsts = firstOccurrences(deliveries);
        long token = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        int written;
        try (PreparedStatement insert = connection.prepareStatement(
                COLUMNS + String.join(", ", Collections.nCopies(firsts.size(), ROW)))) {
            int p = 1;
            for (int index : firsts) {
                Delivery delivery = deliveries.get(index);
                DeliveryRecord record = delivery.record();
                insert.setString(p++, record.source());
                insert.setString(p++, record.deliveryId());
                insert.setString(p++, record.eventType());
                insert.setString(p++, record.repository());
                insert.setInt(p++, delivery.events().size());
                insert.setTimestamp(p++, Timestamp.from(now));
                insert.setLong(p++, token);
            }
            written = insert.executeUpdate();
        }
        if (written == firsts.size()) {
            firsts.forEach(index -> recorded.set(index, Boolean.TRUE));
            return recorded;
        }
        Set<String> ours = writtenWith(connection, token, deliveries, firsts);
        for (int index : firsts) {
            recorded.set(index, ours.contains(key(deliveries.get(index).record())));
        }
        return recorded;
    }

    static int forgetBefore(Connection connection, Instant cutoff) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "DELETE FROM webhook_delivery WHERE received_at < ? LIMIT 10000")) {
            statement.setTimestamp(1, Timestamp.from(cutoff));
            return statement.executeUpdate();
        }
    }

    private static Set<String> writtenWith(Connection connection, long token, List<Delivery> deliveries,
            List<Integer> firsts) throws SQLException {
        String keys = String.join(", ", Collections.nCopies(firsts.size(), "(?, ?)"));
        Set<String> ours = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT source, delivery_id FROM webhook_delivery WHERE (source, delivery_id) IN (" + keys
                        + ") AND write_token = ?")) {
            int p = 1;
            for (int index : firsts) {
                select.setString(p++, deliveries.get(index).record().source());
                select.setString(p++, deliveries.get(index).record().deliveryId());
            }
            select.setLong(p, token);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ours.add(rows.getString(1) + "\n" + rows.getString(2));
                }
            }
        }
        return ours;
    }

    private static List<Integer> firstOccurrences(List<Delivery> deliveries) {
        Set<String> seen = new HashSet<>();
        List<Integer> firsts = new ArrayList<>(deliveries.size());
        for (int i = 0; i < deliveries.size(); i++) {
            if (seen.add(key(deliveries.get(i).record()))) {
                firsts.add(i);
            }
        }
        return firsts;
    }

    private static String key(DeliveryRecord record) {
        return record.source() + "\n" + record.deliveryId();
    }
}
