package io.releasetrain.messaging.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.releasetrain.messaging.MessagingConfig;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Runs the {@link OutboxRelay} on one background thread: at once after a commit that wrote outbox
 * rows, and on a timer to pick up rows nobody woke it for (after a crash, or written by another
 * instance). Wake-ups that arrive while it is busy are folded into one more pass.
 */
@ApplicationScoped
public class OutboxRelayWorker {

    private static final Logger LOG = Logger.getLogger(OutboxRelayWorker.class);

    private final MessagingConfig config;
    private final DataSource dataSource;
    private final Map<String, Object> kafkaSettings;
    private final Clock clock;
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();
    private final AtomicBoolean failing = new AtomicBoolean();
    private volatile ExecutorService thread;
    private volatile OutboxRelay relay;
    private volatile KafkaEventPublisher publisher;

    OutboxRelayWorker(MessagingConfig config, DataSource dataSource,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaSettings, Clock clock) {
        this.config = config;
        this.dataSource = dataSource;
        this.kafkaSettings = kafkaSettings;
        this.clock = clock;
    }

    void start(@Observes StartupEvent event) {
        if (!config.relay().enabled()) {
            LOG.info("Outbox relay disabled on this instance (releasetrain.messaging.relay.enabled=false)");
            return;
        }
        publisher = KafkaEventPublisher.create(kafkaSettings, config.source() + "-outbox", config.relay().sendTimeout());
        relay = new OutboxRelay(dataSource, publisher, config.relay().batchSize(), clock);
        thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, "outbox-relay");
            t.setDaemon(true);
            return t;
        });
        wakeUp();
    }

    void stop(@Observes ShutdownEvent event) {
        ExecutorService running = thread;
        if (running != null) {
            running.shutdown();
            try {
                running.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            publisher.close();
        }
    }

    /** Asks for a relay pass soon; cheap, never blocks. */
    public void wakeUp() {
        ExecutorService running = thread;
        if (running != null && !running.isShutdown() && wakeUpPending.compareAndSet(false, true)) {
            try {
                running.execute(this::drain);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                wakeUpPending.set(false);
            }
        }
    }

    @Scheduled(every = "${releasetrain.messaging.relay.poll-interval:1s}", delayed = "1s",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        wakeUp();
    }

    /** Whether the last relay pass failed (Kafka or the database unreachable). */
    public boolean isFailing() {
        return failing.get();
    }

    /** Whether this instance runs a relay at all. */
    public boolean isRelaying() {
        return relay != null;
    }

    /** Outbox rows not yet published; for metrics and health. */
    public long pendingCount() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return OutboxStore.countPending(connection);
        }
    }

    @Scheduled(every = "1h", delayed = "5m", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purgeSentRows() {
        try (Connection connection = dataSource.getConnection()) {
            int purged = OutboxStore.purgeSentBefore(connection, clock.instant().minus(config.relay().retention()));
            if (purged > 0) {
                LOG.debugf("Purged %d published outbox rows", purged);
            }
        } catch (SQLException e) {
            LOG.warnf("Could not purge published outbox rows: %s", e.getMessage());
        }
    }

    private void drain() {
        wakeUpPending.set(false);
        try {
            int published;
            do {
                published = relay.relayOnce();
            } while (published == relay.batchSize() && !thread.isShutdown());
            if (failing.compareAndSet(true, false)) {
                LOG.info("Outbox relay recovered; publishing again");
            }
        } catch (SQLException | RuntimeException e) {
            // Logged once per outage, not once per poll; the rows stay pending and are retried.
            if (failing.compareAndSet(false, true)) {
                LOG.errorf("Outbox relay failed, will retry every %s: %s", config.relay().pollInterval(), e.getMessage());
            }
        }
    }
}
