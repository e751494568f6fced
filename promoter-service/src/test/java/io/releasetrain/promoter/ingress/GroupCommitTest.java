package io.releasetrain.promoter.ingress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    private final List<List<String>> batches = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private GroupCommit<String, String> commit;

    @AfterEach
    void stop() {
        release.countDown();
        commit.stop();
    }

    @Test
    void aLoneItemIsWrittenAtOnceAndItemsArrivingMeanwhileShareTheNextBatch() throws Exception {
        commit = new GroupCommit<>("test", 1, 50, Duration.ZERO, items -> {
            batches.add(List.copyOf(items));
            if (items.contains("first")) {
                waitFor(release);
            }
            return items.stream().map(String::toUpperCase).toList();
        }, failure -> false);

        CompletableFuture<String> first = commit.submit("first");
        await().atMost(Duration.ofSeconds(5)).until(() -> batches.size() == 1);
        List<CompletableFuture<String>> later = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            later.add(commit.submit("item" + i));
        }
        release.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("FIRST");
        for (int i = 0; i < 5; i++) {
            assertThat(later.get(i).get(5, TimeUnit.SECONDS)).isEqualTo("ITEM" + i);
        }
        assertThat(batches).extracting(List::size).containsExactly(1, 5);
    }

    @Test
    void anItemThatFailsItsBatchFailsAloneWhenTheItemsAreWrittenOneByOne() throws Exception {
        commit = new GroupCommit<>("test", 1, 50, Duration.ZERO, items -> {
            batches.add(List.copyOf(items));
            if (items.contains("first")) {
                waitFor(release);
            }
            if (items.contains("bad")) {
                throw new IllegalStateException("bad item");
            }
            return items;
        }, failure -> false);
        commit.submit("first");
        await().atMost(Duration.ofSeconds(5)).until(() -> batches.size() == 1);
        CompletableFuture<String> good = commit.submit("good");
        CompletableFuture<String> bad = commit.submit("bad");
        release.countDown();

        assertThat(good.get(5, TimeUnit.SECONDS)).isEqualTo("good");
        assertThatThrownBy(() -> bad.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasRootCauseMessage("bad item");
    }

    @Test
    void whenTheStoreIsDownEveryItemFailsWithoutRetries() {
        IllegalStateException down = new IllegalStateException("database down");
        commit = new GroupCommit<>("test", 1, 50, Duration.ZERO, items -> {
            batches.add(List.copyOf(items));
            if (items.contains("first")) {
                waitFor(release);
            }
            throw down;
        }, failure -> failure == down);
        commit.submit("first");
        await().atMost(Duration.ofSeconds(5)).until(() -> batches.size() == 1);
        CompletableFuture<String> a = commit.submit("a");
        CompletableFuture<String> b = commit.submit("b");
        release.countDown();

        assertThatThrownBy(() -> a.get(5, TimeUnit.SECONDS)).hasCause(down);
        assertThatThrownBy(() -> b.get(5, TimeUnit.SECONDS)).hasCause(down);
        assertThat(batches).extracting(List::size).containsExactly(1, 2);
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
