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
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Runs the {@link OutboxRelay} on one background thread: shortly after a commit that wrote outbox
 * rows (after {@link MessagingConfig.Relay#linger()}, so that the commits of that moment share one pass),
 * and on a timer to pick up rows nobody woke it for (after a crash, or written by another instance).
 * Wake-ups that arrive while a pass is due or running are folded into one more pass.
 */
@ApplicationScoped
public class OutboxRelayWorker {

    private static final Logger LOG = Logger.getLogger(OutboxRelayWorker.class);

    private final MessagingConfig config;
    private final DataSource dataSource;
    private final Map<String, Object> kafkaSettings;
    private final AtomicBoolean failing = new AtomicBoolean();
    private volatile ScheduledExecutorService thread;
    private volatile OutboxRelay relay;
    private volatile KafkaEventPublisher publisher;
    private volatile RelayPasses passes;

    OutboxRelayWorker(MessagingConfig config, DataSource dataSource,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaSettings) {
        this.config = config;
        this.dataSource = dataSource;
        this.kafkaSettings = kafkaSettings;
    }

    void start(@Observes StartupEvent event) {
        if (!config.relay().enabled()) {
            LOG.info("Outbox relay disabled on this instance (releasetrain.messaging.relay.enabled=false)");
            return;
        }
        publisher = KafkaEventPublisher.create(kafkaSettings, config.source() + "-outbox", config.relay().sendTimeout());
        relay = new OutboxRelay(dataSource, publisher, config.relay().batchSize());
        thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread t = new Thread(runnable, "outbox-relay");
            t.setDaemon(true);
            return t;
        });
        ScheduledExecutorService scheduler = thread;
        passes = new RelayPasses((task, delayNanos) -> scheduler.schedule(task, delayNanos, TimeUnit.NANOSECONDS),
                config.relay().linger(), this::drain);
        wakeUp();
    }

    void stop(@Observes ShutdownEvent event) {
        ScheduledExecutorService running = thread;
        if (running != null) {
            running.shutdown(); // a pass already due still runs
            try {
                running.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            publisher.close();
        }
    }

    /** Asks for a relay pass within the linger time; cheap, never blocks. */
    public void wakeUp() {
        RelayPasses due = passes;
        if (due != null) {
            due.request();
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

    private void drain() {
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
