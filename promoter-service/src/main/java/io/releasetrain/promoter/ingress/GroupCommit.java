package io.releasetrain.promoter.ingress;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jboss.logging.Logger;

/**
 * Writes items that arrive concurrently in shared transactions: a few writer threads each take what
 * is waiting (up to {@code maxBatch}) and write it in one go, so under load many deliveries share
 * one commit instead of paying for one each. A writer waits at most {@code linger} for more items after
 * the first; with a linger of zero a lone item is written at once, alone.
 *
 * <p>When a batch fails, either because the store is unavailable ({@code unavailable} says so; every item
 * fails with that cause) or for a reason that may belong to one item only, in which case each item is
 * written again on its own so that one bad item cannot fail the others.
 *
 * @param <T> what is written
 * @param <R> what writing one item returns
 */
public final class GroupCommit<T, R> {

    private static final Logger LOG = Logger.getLogger(GroupCommit.class);

    private final BlockingQueue<Pending<T, R>> queue = new LinkedBlockingQueue<>();
    private final Function<List<T>, List<R>> writeBatch;
    private final Predicate<Throwable> unavailable;
    private final int maxBatch;
    private final long lingerNanos;
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean running = true;

    /**
     * @param writeBatch writes the items in one transaction and returns one result per item, in order
     * @param unavailable whether a failure means the store is down (no point writing items one by one)
     */
    public GroupCommit(String name, int writerCount, int maxBatch, Duration linger, Function<List<T>, List<R>> writeBatch,
            Predicate<Throwable> unavailable) {
        if (writerCount < 1 || maxBatch < 1) {
            throw new IllegalArgumentException("writers and max-batch must be at least 1");
        }
        this.writeBatch = writeBatch;
        this.unavailable = unavailable;
        this.maxBatch = maxBatch;
        this.lingerNanos = linger.toNanos();
        for (int i = 0; i < writerCount; i++) {
            Thread writer = new Thread(this::write, name + "-" + i);
            writer.setDaemon(true);
            writers.add(writer);
            writer.start();
        }
    }

    /** Queues the item; the future completes once it is committed (or with why it was not). */
    public CompletableFuture<R> submit(T item) {
        Pending<T, R> pending = new Pending<>(item, new CompletableFuture<>());
        if (!running) {
            pending.result().completeExceptionally(new IllegalStateException("shutting down"));
            return pending.result();
        }
        queue.add(pending);
        return pending.result();
    }

    /** Stops taking items; those still queued fail. */
    public void stop() {
        running = false;
        writers.forEach(Thread::interrupt);
        Pending<T, R> left;
        while ((left = queue.poll()) != null) {
            left.result().completeExceptionally(new IllegalStateException("shutting down"));
        }
    }

    private void write() {
        List<Pending<T, R>> batch = new ArrayList<>(maxBatch);
        while (running) {
            try {
                Pending<T, R> first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                gather(batch);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                // write(batch) completes every future itself; this is a last resort so no caller waits forever.
                LOG.errorf(e, "Group commit writer failed");
                batch.forEach(pending -> pending.result().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    /** Adds what is waiting, and what arrives within the linger time, up to a full batch. */
    private void gather(List<Pending<T, R>> batch) throws InterruptedException {
        queue.drainTo(batch, maxBatch - batch.size());
        long deadline = System.nanoTime() + lingerNanos;
        while (batch.size() < maxBatch) {
            long left = deadline - System.nanoTime();
            Pending<T, R> next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : null;
            if (next == null) {
                return;
            }
            batch.add(next);
            queue.drainTo(batch, maxBatch - batch.size());
        }
    }

    private void write(List<Pending<T, R>> batch) {
        List<T> items = new ArrayList<>(batch.size());
        batch.forEach(pending -> items.add(pending.item()));
        try {
            List<R> results = writeBatch.apply(items);
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).result().complete(results.get(i));
            }
        } catch (RuntimeException e) {
            if (batch.size() == 1 || unavailable.test(e)) {
                batch.forEach(pending -> pending.result().completeExceptionally(e));
                return;
            }
            LOG.debugf("A batch of %d failed (%s); writing its items one by one", batch.size(), e.getMessage());
            for (Pending<T, R> pending : batch) {
                try {
                    pending.result().complete(writeBatch.apply(List.of(pending.item())).get(0));
                } catch (RuntimeException single) {
                    pending.result().completeExceptionally(single);
                }
            }
        }
    }

    private record Pending<T, R>(T item, CompletableFuture<R> result) {
    }
}
