package io.releasetrain.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class LanesTest {

    private final List<String> started = new CopyOnWriteArrayList<>();

    @Test
    void aLanesWorkWaitsForItsPredecessorWhileAnotherLaneGoesOn() {
        Lanes lanes = new Lanes(8);
        CompletableFuture<Void> firstOfA = new CompletableFuture<>();

        lanes.submit("a", () -> work("a1", firstOfA));
        lanes.submit("a", () -> work("a2", CompletableFuture.completedFuture(null)));
        lanes.submit("b", () -> work("b1", CompletableFuture.completedFuture(null)));

        assertThat(started).containsExactly("a1", "b1");
        firstOfA.complete(null);
        assertThat(started).containsExactly("a1", "b1", "a2");
    }

    @Test
    void aFailedPieceOfWorkDoesNotStopItsLane() {
        Lanes lanes = new Lanes(8);

        lanes.submit("a", () -> work("a1", CompletableFuture.failedFuture(new IllegalStateException("boom"))));
        lanes.submit("a", () -> {
            throw new IllegalStateException("thrown, not returned");
        });
        lanes.submit("a", () -> work("a3", CompletableFuture.completedFuture(null)));

        assertThat(started).containsExactly("a1", "a3");
    }

    @Test
    void theCallerIsHeldBackOnceTheWindowIsFullUntilSomeWorkFinishes() {
        Lanes lanes = new Lanes(2);
        CompletableFuture<Void> slow = new CompletableFuture<>();

        CompletionStage<Void> first = lanes.submit("a", () -> work("a1", slow));
        CompletionStage<Void> second = lanes.submit("b", () -> work("b1", new CompletableFuture<>()));

        assertThat(first.toCompletableFuture()).isDone();
        assertThat(second.toCompletableFuture()).isNotDone();
        slow.complete(null);
        assertThat(second.toCompletableFuture()).isDone();
    }

    private CompletionStage<Void> work(String name, CompletableFuture<Void> outcome) {
        started.add(name);
        return outcome;
    }
}
