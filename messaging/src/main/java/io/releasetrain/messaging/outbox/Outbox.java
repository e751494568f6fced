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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
        publishAll(List.of(new Outgoing(eventId, event)));
        return eventId;
    }

    /**
     * Records several events, in this order, each under its caller-chosen CloudEvent id. They are written
     * with multi-row inserts, which costs the database far less than one insert per event: the way to
     * publish what a batch of work caused. Publishing an id twice fails the transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishAll(List<Outgoing> events) {
        if (events.isEmpty()) {
            return;
        }
        List<OutboxRecord> records = new ArrayList<>(events.size());
        for (Outgoing outgoing : events) {
            EventType type = EventCatalog.of(outgoing.event());
            records.add(new OutboxRecord(0, outgoing.eventId(), type.topic(), outgoing.event().key(), type.name(),
                    config.source(), outgoing.event().subject(), clock.instant(), EventJson.write(outgoing.event())));
        }
        try (Connection connection = dataSource.getConnection()) {
            OutboxStore.insert(connection, records);
        } catch (SQLException e) {
            throw new OutboxException(records.size() == 1
                    ? "Could not record event " + records.get(0).type() + " " + records.get(0).eventId()
                    : "Could not record " + records.size() + " events (first " + records.get(0).eventId() + ")", e);
        }
        wakeRelayAfterCommit();
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

    /**
     * An event to publish under a CloudEvent id chosen by the caller.
     *
     * @param eventId the CloudEvent id; unique across the service's outbox
     */
    public record Outgoing(String eventId, ReleaseTrainEvent event) {

        public Outgoing {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(event, "event");
        }
    }

    /** The database refused an outbox row; the surrounding transaction must roll back. */
    public static final class OutboxException extends RuntimeException {
        OutboxException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
