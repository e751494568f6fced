package io.releasetrain.notifier.delivery;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.releasetrain.notifier.NotifierConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.FlushModeType;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Works through the pending messages, per channel in id order, channels side by side. Each message is sent
 * in a transaction that holds its channel's row lock ({@code FOR UPDATE SKIP LOCKED}), so one sender at a
 * time, on any instance, posts to a channel, and a message is marked sent in the transaction that sent it.
 * Woken right after an announcement commits; otherwise it looks every {@code poll-interval}, which is when
 * retries and messages spaced out by the rate limit become due. Times come from the injected {@link Clock}.
 */
@ApplicationScoped
public class SlackSender {

    private static final Logger LOG = Logger.getLogger(SlackSender.class);

    private final NotifierConfig config;
    private final MessageDelivery delivery;
    private final Clock clock;
    private final Semaphore wakeUps = new Semaphore(0);
    private final Set<String> draining = ConcurrentHashMap.newKeySet();
    /** Channels woken while being drained: their drain goes on, or is started again, instead of waiting for a poll. */
    private final Set<String> wokenWhileDraining = ConcurrentHashMap.newKeySet();
    private volatile boolean running;
    private ExecutorService channels;
    private Thread dispatcher;

    SlackSender(NotifierConfig config, MessageDelivery delivery, Clock clock) {
        this.config = config;
        this.delivery = delivery;
        this.clock = clock;
    }

    void start(@Observes StartupEvent startup) {
        if (!config.sender().enabled()) {
            LOG.info("Slack sender disabled on this instance");
            return;
        }
        AtomicInteger count = new AtomicInteger();
        channels = Executors.newFixedThreadPool(Math.max(1, config.sender().threads()),
                task -> daemon(task, "slack-sender-" + count.incrementAndGet()));
        running = true;
        dispatcher = daemon(this::dispatch, "slack-dispatcher");
        dispatcher.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        if (dispatcher == null) {
            return;
        }
        dispatcher.interrupt();
        channels.shutdown();
        try {
            if (!channels.awaitTermination(10, TimeUnit.SECONDS)) {
                channels.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Asks the sender to look for work now, e.g. after new messages committed. */
    public void wake() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    /**
     * One turn on one channel: sends its oldest pending message if it is due and nobody else holds the
     * channel; with the rate limit off, up to {@code batch-size} of them. Public so that a test can play a second instance.
     */
    public Step sendNext(String channel) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var locked = SlackChannel.tryLock(channel);
            if (locked.isEmpty()) {
                return Step.BUSY;
            }
            long now = clock.millis();
            if (locked.get().notBeforeMs() > now) {
                return Step.WAITING;
            }
            // Slack's answers are committed from a second transaction: this one must not hold their rows first.
            Panache.getEntityManager().setFlushMode(FlushModeType.COMMIT);
            int batch = config.sender().minInterval().isZero() ? Math.max(1, config.sender().batchSize()) : 1;
            List<OutgoingMessage> due = OutgoingMessage.<OutgoingMessage>find("channel = ?1 and status = ?2 order by id",
                            channel, OutgoingMessage.Status.PENDING)
                    .page(0, batch).list().stream()
                    .takeWhile(message -> message.nextAttemptMs <= now)
                    .toList();
            if (due.isEmpty()) {
                return OutgoingMessage.count("channel = ?1 and status = ?2", channel, OutgoingMessage.Status.PENDING) == 0
                        ? Step.IDLE : Step.WAITING;
            }
            return delivery.deliver(due, locked.get());
        });
    }

    private void dispatch() {
        while (running) {
            try {
                wakeUps.tryAcquire(config.sender().pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
                if (!running) {
                    return;
                }
                for (String channel : pendingChannels()) {
                    if (draining.add(channel)) {
                        channels.execute(() -> drain(channel));
                    } else {
                        wokenWhileDraining.add(channel);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Slack sender could not look for pending messages: %s", e.getMessage());
            }
        }
    }

    private List<String> pendingChannels() {
        return QuarkusTransaction.requiringNew().call(SlackChannel::withPendingMessages);
    }

    /*
     * A message committed while the channel's drain is on its last turn (it found nothing due) would otherwise wait
     * for the next poll: the dispatcher skips a channel being drained. So the drain looks again when it was woken
     * meanwhile, and a wake-up that comes after its last look but before it lets go of the channel wakes the
     * dispatcher once more.
     */
    private void drain(String channel) {
        try {
            do {
                wokenWhileDraining.remove(channel);
                Step step;
                do {
                    step = sendNext(channel);
                } while (running && step.goOn());
                if (step == Step.RETRY || step == Step.WAITING) {
                    break; // due later: the poll picks it up
                }
            } while (running && wokenWhileDraining.contains(channel));
        } catch (RuntimeException e) {
            LOG.warnf(e, "Slack sender stopped on %s for now", channel);
        } finally {
            draining.remove(channel);
            if (wokenWhileDraining.remove(channel)) {
                wake();
            }
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
