package io.releasetrain.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

/** How the commits that wake the relay turn into relay passes. */
class RelayPassesTest {

    private final List<Long> delays = new ArrayList<>();
    private final List<Runnable> scheduled = new ArrayList<>();
    private final List<String> log = new ArrayList<>();

    private RelayPasses passes(Duration linger) {
        return new RelayPasses((task, delayNanos) -> {
            delays.add(delayNanos);
            scheduled.add(task);
        }, linger, () -> log.add("pass"));
    }

    @Test
    void requestsWithinTheLingerShareOnePass() {
        RelayPasses passes = passes(Duration.ofMillis(5));

        for (int i = 0; i < 10; i++) {
            passes.request();
        }
        scheduled.forEach(Runnable::run);

        assertThat(delays).containsExactly(Duration.ofMillis(5).toNanos());
        assertThat(log).containsExactly("pass");
    }

    @Test
    void aRequestWhileThePassRunsSchedulesOneMore() {
        RelayPasses[] passes = new RelayPasses[1];
        passes[0] = new RelayPasses((task, delayNanos) -> scheduled.add(task), Duration.ofMillis(5), () -> {
            log.add("pass");
            if (log.size() == 1) {
                // A commit lands while the first pass is publishing: twice, folded into one more pass.
                passes[0].request();
                passes[0].request();
            }
        });
        passes[0].request();

        scheduled.get(0).run();
        assertThat(scheduled).hasSize(2);
        scheduled.get(1).run();

        assertThat(log).containsExactly("pass", "pass");
        assertThat(scheduled).hasSize(2);
    }

    @Test
    void aRequestAfterThePassIsServedByANewOne() {
        RelayPasses passes = passes(Duration.ofMillis(5));
        passes.request();
        scheduled.get(0).run();

        passes.request();

        assertThat(scheduled).hasSize(2);
    }

    @Test
    void zeroLingerSchedulesAtOnce() {
        RelayPasses passes = passes(Duration.ZERO);

        passes.request();

        assertThat(delays).containsExactly(0L);
    }

    @Test
    void aShutDownSchedulerLeavesNothingDueSoALaterRequestTriesAgain() {
        int[] attempts = {0};
        RelayPasses passes = new RelayPasses((task, delayNanos) -> {
            attempts[0]++;
            throw new RejectedExecutionException("shut down");
        }, Duration.ofMillis(5), () -> log.add("pass"));

        passes.request();
        passes.request();

        assertThat(attempts[0]).isEqualTo(2);
        assertThat(log).isEmpty();
    }

    @Test
    void aNegativeLingerIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> passes(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("releasetrain.messaging.relay.linger");
    }
}
