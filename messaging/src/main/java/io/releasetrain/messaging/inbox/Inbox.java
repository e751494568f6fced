package io.releasetrain.messaging.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.releasetrain.events.ReleaseTrainEvent;
import io.releasetrain.messaging.MessagingConfig;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * The consumer side of the bus. A service's {@code @Incoming} method hands each Kafka message to
 * {@link #deliver}, with the effect to apply. The effect runs in a transaction that also records
 * the CloudEvent id for this consumer, so a redelivered event has no second effect.
 *
 * <p>Failures: a message that is not a readable event is nacked at once; an effect that keeps
 * failing is retried with backoff and then nacked. Channels are configured with
 * {@code failure-strategy=dead-letter-queue}, so a nacked message goes to the dead-letter topic
 * with the reason and the partition keeps moving. Events of a type this build does not know are
 * acknowledged and skipped on purpose.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final DataSource dataSource;
    private final MessagingConfig config;
    private final Clock clock;
    private final Executor workers;

    Inbox(DataSource dataSource, MessagingConfig config, Clock clock) {
        this.dataSource = dataSource;
        this.config = config;
        this.clock = clock;
        this.workers = io.smallrye.mutiny.infrastructure.Infrastructure.getDefaultWorkerPool();
    }

    /**
     * Applies {@code effect} to the event in {@code message} once for {@code consumer}, then
     * acknowledges the message; or nacks it, which sends it to the dead-letter topic.
     *
     * @param consumer a stable name for this consumer; the inbox remembers ids per consumer
     */
    public CompletionStage<Void> deliver(String consumer, Message<?> message,
            Consumer<EventEnvelope<ReleaseTrainEvent>> effect) {
        InboundEvent inbound = InboundEvent.read(headersOf(message), message.getPayload());
        if (inbound instanceof InboundEvent.Malformed malformed) {
            LOG.warnf("%s: poison message sent to the dead-letter topic: %s", consumer, malformed.reason());
            return message.nack(new PoisonMessageException(malformed.reason()));
        }
        if (inbound instanceof InboundEvent.UnknownType unknown) {
            LOG.debugf("%s: skipping event %s of unknown type %s", consumer, unknown.id(), unknown.type());
            return message.ack();
        }
        EventEnvelope<ReleaseTrainEvent> envelope = ((InboundEvent.Known) inbound).envelope();
        return attempt(consumer, envelope, effect, 1)
                .handle((ignored, failure) -> failure)
                .thenCompose(failure -> {
                    if (failure == null) {
                        return message.ack();
                    }
                    LOG.errorf("%s: event %s (%s) failed %d times, sent to the dead-letter topic: %s", consumer,
                            envelope.id(), envelope.type(), config.inbox().maxAttempts(), rootMessage(failure));
                    return message.nack(failure);
                });
    }

    /** Applies the effect now, on the calling thread, once per event id. True if it was applied. */
    public boolean applyOnce(String consumer, EventEnvelope<ReleaseTrainEvent> envelope,
            Consumer<EventEnvelope<ReleaseTrainEvent>> effect) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                if (!InboxStore.claim(connection, consumer, envelope.id(), envelope.type(), clock.instant())) {
                    LOG.debugf("%s: event %s already processed, skipped", consumer, envelope.id());
                    return false;
                }
            }
            effect.accept(envelope);
            return true;
        });
    }

    @Scheduled(every = "1h", delayed = "5m", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purgeOldIds() {
        try (Connection connection = dataSource.getConnection()) {
            InboxStore.purgeBefore(connection, clock.instant().minus(config.inbox().retention()));
        } catch (SQLException e) {
            LOG.warnf("Could not purge old inbox ids: %s", e.getMessage());
        }
    }

    private CompletableFuture<Void> attempt(String consumer, EventEnvelope<ReleaseTrainEvent> envelope,
            Consumer<EventEnvelope<ReleaseTrainEvent>> effect, int attempt) {
        return CompletableFuture.runAsync(() -> applyOnce(consumer, envelope, effect), workers)
                .handle((ignored, failure) -> failure)
                .thenCompose(failure -> {
                    if (failure == null) {
                        return CompletableFuture.completedFuture(null);
                    }
                    if (attempt >= config.inbox().maxAttempts()) {
                        return CompletableFuture.failedFuture(failure);
                    }
                    long delay = config.inbox().backoff().toMillis() << (attempt - 1);
                    LOG.warnf("%s: event %s attempt %d failed, retrying in %d ms: %s", consumer, envelope.id(),
                            attempt, delay, rootMessage(failure));
                    Executor later = CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS, workers);
                    return CompletableFuture.supplyAsync(() -> null, later)
                            .thenCompose(x -> attempt(consumer, envelope, effect, attempt + 1));
                });
    }

    private static Headers headersOf(Message<?> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(metadata -> (Headers) metadata.getHeaders())
                .orElseGet(RecordHeaders::new);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** A message no retry can make processable. */
    public static final class PoisonMessageException extends RuntimeException {
        public PoisonMessageException(String reason) {
            super(reason);
        }
    }
}
