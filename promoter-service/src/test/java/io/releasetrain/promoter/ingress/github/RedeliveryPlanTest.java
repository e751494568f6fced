package io.releasetrain.promoter.ingress.github;

import static org.assertj.core.api.Assertions.assertThat;

import io.releasetrain.promoter.github.HookDelivery;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RedeliveryPlanTest {

    private static final Instant NOW = Instant.parse("2026-05-12T12:00:00Z");
    private static final Instant SINCE = NOW.minusSeconds(6 * 3600);

    @Test
    void onlyFailedEventsWeNeverRecordedAreRedeliveredByTheirLatestAttempt() {
        HookDelivery failedTwice1 = attempt(1, "lost", NOW.minusSeconds(600), false);
        HookDelivery failedTwice2 = attempt(2, "lost", NOW.minusSeconds(300), false);
        HookDelivery failedThenOk1 = attempt(3, "recovered", NOW.minusSeconds(500), false);
        HookDelivery failedThenOk2 = attempt(4, "recovered", NOW.minusSeconds(400), true);
        HookDelivery failedButRecorded = attempt(5, "slow-answer", NOW.minusSeconds(200), false);
        HookDelivery succeeded = attempt(6, "fine", NOW.minusSeconds(100), true);

        List<HookDelivery> chosen = RedeliveryPlan.choose(
                List.of(failedTwice1, failedTwice2, failedThenOk1, failedThenOk2, failedButRecorded, succeeded),
                Set.of("slow-answer"), Map.of(), SINCE, 3);

        assertThat(chosen).containsExactly(failedTwice2);
    }

    @Test
    void oldFailuresAndOnesAskedForTooOftenAreLeftAlone() {
        HookDelivery old = attempt(1, "old", SINCE.minusSeconds(1), false);
        HookDelivery hopeless = attempt(2, "refused-for-good", NOW.minusSeconds(60), false);
        HookDelivery again = attempt(3, "asked-once", NOW.minusSeconds(60), false);

        List<HookDelivery> chosen = RedeliveryPlan.choose(List.of(old, hopeless, again), Set.of(),
                Map.of("refused-for-good", 3, "asked-once", 1), SINCE, 3);

        assertThat(chosen).containsExactly(again);
    }

    private static HookDelivery attempt(long id, String guid, Instant at, boolean succeeded) {
        return new HookDelivery(id, guid, at, id > 1, succeeded, "push");
    }
}
