package io.releasetrain.messaging.outbox;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * When the relay runs a pass: one pass {@code linger} after the first request, however many requests
 * arrive meanwhile. A request that arrives while a pass runs asks for one more, so rows committed
 * during a pass are never left for the next poll.
 */
final class RelayPasses {

    /** Runs a task after a delay; a {@code ScheduledExecutorService} in the service, a list in tests. */
    @FunctionalInterface
    interface Scheduler {
        /** @throws RejectedExecutionException when the scheduler is shut down */
        void schedule(Runnable task, long delayNanos);
    }

    private final Scheduler scheduler;
    private final long lingerNanos;
    private final Runnable pass;
    private final AtomicBoolean due = new AtomicBoolean();

    RelayPasses(Scheduler scheduler, Duration linger, Runnable pass) {
        if (linger.isNegative()) {
            throw new IllegalArgumentException("releasetrain.messaging.relay.linger must not be negative, was " + linger);
        }
        this.scheduler = scheduler;
        this.lingerNanos = linger.toNanos();
        this.pass = pass;
    }

    /** Asks for a pass within the linger time; cheap, never blocks, folded into a pass already due. */
    void request() {
        if (due.compareAndSet(false, true)) {
            try {
                scheduler.schedule(this::run, lingerNanos);
            } catch (RejectedExecutionException e) {
                due.set(false); // shutting down: nothing more will run
            }
        }
    }

    private void run() {
        // Cleared before the pass: a request arriving while it runs schedules another one.
        due.set(false);
        pass.run();
    }
}
