package io.releasetrain.notifier.delivery;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Runs work in lanes: one after the other within a lane, lanes side by side, at most {@code window} pieces of
 * work under way at once. The announcer gives each thread (promotion, rollout) its own lane, so the events of one
 * promotion are announced in their order while another promotion's go on beside them.
 */
/* Why: Reactive Messaging hands a channel's records over one at a time, and each costs a durable commit; a topic
 * whose events all share one key (release-events, keyed by environment) was announced strictly one by one, and a
 * single slow commit held up every event behind it. */
final class Lanes {

    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

    private final int window;
    private final Map<String, CompletableFuture<Void>> tails = new HashMap<>();
    private int underWay;
    private CompletableFuture<Void> slotFreed = new CompletableFuture<>();

    Lanes(int window) {
        this.window = Math.max(1, window);
    }

    /**
     * Queues {@code work} in {@code lane}, after the lane's earlier work has finished (however it ended).
     *
     * @return completes once the caller may hand in the next piece of work: at once while the window has room,
     *         otherwise when a piece of work under way finishes
     */
    synchronized CompletionStage<Void> submit(String lane, Supplier<CompletionStage<Void>> work) {
        CompletableFuture<Void> before = tails.getOrDefault(lane, DONE);
        CompletableFuture<Void> done = before
                .thenCompose(ignored -> start(work))
                .handle((ignored, failure) -> null);
        tails.put(lane, done);
        underWay++;
        done.whenComplete((ignored, failure) -> finished(lane, done));
        return underWay < window ? DONE : slotFreed;
    }

    private static CompletionStage<Void> start(Supplier<CompletionStage<Void>> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private void finished(String lane, CompletableFuture<Void> done) {
        CompletableFuture<Void> freed;
        synchronized (this) {
            tails.remove(lane, done);
            underWay--;
            freed = slotFreed;
            slotFreed = new CompletableFuture<>();
        }
        freed.complete(null); // outside the lock: the caller's next submit may run on this thread
    }
}
