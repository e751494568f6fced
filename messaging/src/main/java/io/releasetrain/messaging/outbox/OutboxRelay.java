package io.releasetrain.messaging.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * Moves committed outbox rows to Kafka, one batch per database transaction.
 *
 * <p>A batch is published only while this transaction holds the relay lock row, so two service
 * instances never publish the same rows and rows go out in seq order. Rows are deleted in the
 * same transaction, after Kafka acknowledged them, so the outbox holds only what is still to be
 * sent. A crash after the acknowledgement and before the commit publishes the batch again on the
 * next run: delivery is at least once, and consumers make it exactly once with their inbox, keyed by
 * the CloudEvent id that never changes.
 */
public final class OutboxRelay {

    private final DataSource dataSource;
    private final EventPublisher publisher;
    private final int batchSize;

    public OutboxRelay(DataSource dataSource, EventPublisher publisher, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1");
        }
        this.dataSource = dataSource;
        this.publisher = publisher;
        this.batchSize = batchSize;
    }

    /**
     * Publishes one batch of pending rows.
     *
     * @return how many rows were published: 0 when none are pending or another instance is relaying
     * @throws SQLException when the database failed; nothing was deleted
     * @throws EventPublisher.PublishException when Kafka failed; nothing was deleted
     */
    public int relayOnce() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                int published = relay(connection);
                connection.commit();
                return published;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private int relay(Connection connection) throws SQLException {
        if (!OutboxStore.tryLockRelay(connection)) {
            return 0;
        }
        List<OutboxRecord> batch = OutboxStore.pending(connection, batchSize);
        if (batch.isEmpty()) {
            return 0;
        }
        publisher.publish(batch);
        OutboxStore.deletePublished(connection, batch);
        return batch.size();
    }

    /** The size of a full batch: a run that published this many should be followed by another at once. */
    public int batchSize() {
        return batchSize;
    }
}
