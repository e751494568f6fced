package io.releasetrain.messaging.outbox;

import io.releasetrain.events.EventCatalog;
import io.releasetrain.events.EventJson;
import io.releasetrain.events.EventType;
import io.releasetrain.events.ReleaseTrainEvent;
import io.releasetrain.messaging.MessagingConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Where a service puts the events its state changes cause. Called inside the business
 * transaction: the event row commits or rolls back with the change, and the relay publishes it
 * after the commit. Nothing is sent to Kafka from here.
 */
@ApplicationScoped
public class Outbox {

    private static final Object WAKE_UP_KEY = new Object();

    private final DataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelayWorker relay;
    private final MessagingConfig config;
    private final Clock clock;

    Outbox(DataSource dataSource, TransactionSynchronizationRegistry transactions, OutboxRelayWorker relay,
            MessagingConfig config, Clock clock) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.relay = relay;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Records {@code event} for publication when the current transaction commits.
     *
     * @return the CloudEvent id the event will carry
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String publish(ReleaseTrainEvent event) {
        return publish(event, UUID.randomUUID().toString());
    }

    /**
     * Records {@code event} under a caller-chosen CloudEvent id, for events whose identity comes from
     * outside (a webhook delivery id): publishing the same id twice fails the transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String publish(ReleaseTrainEvent event, String eventId) {
        EventType type = EventCatalog.of(event);
        OutboxRecord record = new OutboxRecord(0, eventId, type.topic(), event.key(), type.name(),
                config.source(), event.subject(), clock.instant(), EventJson.write(event));
        try (Connection connection = dataSource.getConnection()) {
            OutboxStore.insert(connection, record);
        } catch (SQLException e) {
            throw new OutboxException("Could not record event " + type.name() + " " + eventId, e);
        }
        wakeRelayAfterCommit();
        return eventId;
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_UP_KEY) != null) {
            return;
        }
        transactions.putResource(WAKE_UP_KEY, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // Nothing to do before the commit: the rows are already written.
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
    }

    /** The database refused an outbox row; the surrounding transaction must roll back. */
    public static final class OutboxException extends RuntimeException {
        OutboxException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
