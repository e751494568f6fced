package io.releasetrain.promoter.ingress;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.releasetrain.events.ReleaseTrainEvent;
import io.releasetrain.messaging.outbox.Outbox;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * The record of webhook deliveries taken in. A delivery's row and the events it causes commit in one
 * transaction, before the endpoint answers 2xx: an accepted delivery is never lost, and a delivery seen
 * before (same source and delivery id) is recognised and causes nothing. Deliveries arriving together
 * share a transaction ({@link GroupCommit}), so a burst costs a few commits, not one per delivery.
 */
@ApplicationScoped
public class DeliveryLedger {

    private static final Logger LOG = Logger.getLogger(DeliveryLedger.class);

    private final DataSource dataSource;
    private final Outbox outbox;
    private final WebhookConfig config;
    private final Clock clock;
    private final GroupCommit<Delivery, Boolean> groupCommit;

    DeliveryLedger(DataSource dataSource, Outbox outbox, WebhookConfig config, Clock clock) {
        this.dataSource = dataSource;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
        this.groupCommit = new GroupCommit<>("delivery-ledger", config.writers(), config.maxBatch(), config.batchLinger(),
                deliveries -> QuarkusTransaction.requiringNew().call(() -> recordAll(deliveries)),
                DatabaseFailures::isUnavailable);
    }

    /**
     * Records the delivery and puts its events in the outbox, under CloudEvent ids derived from the
     * delivery: {@code eventIdPrefix} for a single event, {@code eventIdPrefix:n} for several. The stage
     * completes once the transaction has committed: with true if the delivery was recorded now, false if
     * it had been recorded before (nothing was written); or with the failure, a {@link LedgerException}
     * whose cause is an {@link SQLTimeoutException} when it took longer than the write timeout.
     */
    public CompletableFuture<Boolean> record(DeliveryRecord delivery, List<? extends ReleaseTrainEvent> events) {
        Duration timeout = config.writeTimeout();
        return groupCommit.submit(new Delivery(delivery, List.copyOf(events)))
                .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .exceptionally(failure -> {
                    Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
                    if (cause instanceof TimeoutException) {
                        throw new LedgerException("Recording delivery " + delivery.deliveryId() + " took longer than "
                                + timeout, new SQLTimeoutException("write timeout", cause));
                    }
                    throw cause instanceof RuntimeException runtime ? runtime
                            : new LedgerException("Could not record delivery " + delivery.deliveryId(), cause);
                });
    }

    /** Records several deliveries in the current transaction; one result per delivery, as {@link #record}. */
    List<Boolean> recordAll(List<Delivery> deliveries) {
        List<Boolean> recorded;
        try (Connection connection = dataSource.getConnection()) {
            recorded = DeliveryRows.insertNew(connection, deliveries, clock.instant());
        } catch (SQLException e) {
            throw new LedgerException("Could not record " + deliveries.size() + " deliveries", e);
        }
        List<Outbox.Outgoing> events = new ArrayList<>();
        for (int i = 0; i < deliveries.size(); i++) {
            if (recorded.get(i)) {
                addEvents(deliveries.get(i), events);
            }
        }
        outbox.publishAll(events);
        return recorded;
    }

    private static void addEvents(Delivery delivery, List<Outbox.Outgoing> into) {
        List<? extends ReleaseTrainEvent> events = delivery.events();
        String prefix = delivery.record().eventIdPrefix();
        for (int i = 0; i < events.size(); i++) {
            into.add(new Outbox.Outgoing(events.size() == 1 ? prefix : prefix + ":" + (i + 1), events.get(i)));
        }
    }

    @PreDestroy
    void stop() {
        groupCommit.stop();
    }

    @Scheduled(every = "1h", delayed = "10m", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void forgetOldDeliveries() {
        try (Connection connection = dataSource.getConnection()) {
            int forgotten = DeliveryRows.forgetBefore(connection, clock.instant().minus(config.deliveryRetention()));
            if (forgotten > 0) {
                LOG.debugf("Forgot %d webhook deliveries older than %s", forgotten, config.deliveryRetention());
            }
        } catch (SQLException e) {
            LOG.warnf("Could not forget old webhook deliveries: %s", e.getMessage());
        }
    }

    /**
     * One delivery as the ledger keeps it.
     *
     * @param source        {@code github} or {@code travis}
     * @param deliveryId    the delivery's id within its source
     * @param eventType     the sender's event type, e.g. {@code pull_request}
     * @param repository    the repository, as {@code owner/name}
     * @param eventIdPrefix the CloudEvent id of its event (its events get {@code :1}, {@code :2}, ... appended)
     */
    public record DeliveryRecord(String source, String deliveryId, String eventType, String repository, String eventIdPrefix) {
    }

    /** A delivery and the events it causes. */
    record Delivery(DeliveryRecord record, List<? extends ReleaseTrainEvent> events) {
    }

    /** The database refused the delivery's row. */
    public static final class LedgerException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        LedgerException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
