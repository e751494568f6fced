package io.releasetrain.promoter.ingress;

import io.quarkus.scheduler.Scheduled;
import io.releasetrain.events.ReleaseTrainEvent;
import io.releasetrain.messaging.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * The record of webhook deliveries taken in. A delivery's row and the events it causes commit in one
 * transaction, before the endpoint answers 2xx: an accepted delivery is never lost, and a delivery seen
 * before (same source and delivery id) is recognised and causes nothing.
 */
@ApplicationScoped
public class DeliveryLedger {

    private static final Logger LOG = Logger.getLogger(DeliveryLedger.class);

    // The primary key is (source, delivery_id); IGNORE turns a duplicate into "0 rows", and a concurrent
    // duplicate waits on the first one's row lock, so exactly one of them records the delivery.
    private static final String RECORD = """
            INSERT IGNORE INTO webhook_delivery (source, delivery_id, event_type, repository, event_count, received_at)
            VALUES (?, ?, ?, ?, ?, ?)""";

    private final DataSource dataSource;
    private final Outbox outbox;
    private final WebhookConfig config;
    private final Clock clock;

    DeliveryLedger(DataSource dataSource, Outbox outbox, WebhookConfig config, Clock clock) {
        this.dataSource = dataSource;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Records the delivery and puts its events in the outbox, under CloudEvent ids derived from the
     * delivery: {@code eventIdPrefix} for a single event, {@code eventIdPrefix:n} for several.
     *
     * @return true if recorded now; false if it had been recorded before (nothing was written)
     */
    @Transactional
    public boolean record(DeliveryRecord delivery, List<? extends ReleaseTrainEvent> events) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(RECORD)) {
            statement.setString(1, delivery.source());
            statement.setString(2, delivery.deliveryId());
            statement.setString(3, delivery.eventType());
            statement.setString(4, delivery.repository());
            statement.setInt(5, events.size());
            statement.setTimestamp(6, Timestamp.from(clock.instant()));
            if (statement.executeUpdate() == 0) {
                return false;
            }
        } catch (SQLException e) {
            throw new LedgerException("Could not record delivery " + delivery.source() + " " + delivery.deliveryId(), e);
        }
        for (int i = 0; i < events.size(); i++) {
            String eventId = events.size() == 1 ? delivery.eventIdPrefix() : delivery.eventIdPrefix() + ":" + (i + 1);
            outbox.publish(events.get(i), eventId);
        }
        return true;
    }

    @Scheduled(every = "1h", delayed = "10m", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void forgetOldDeliveries() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "DELETE FROM webhook_delivery WHERE received_at < ? LIMIT 10000")) {
            statement.setTimestamp(1, Timestamp.from(clock.instant().minus(config.deliveryRetention())));
            int forgotten = statement.executeUpdate();
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

    /** The database refused the delivery's row. */
    public static final class LedgerException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        LedgerException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
