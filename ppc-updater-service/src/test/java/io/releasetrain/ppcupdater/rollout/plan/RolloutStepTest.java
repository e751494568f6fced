package io.releasetrain.ppcupdater.rollout.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RolloutStepTest {

    private static final Instant NOW = Instant.parse("2026-12-01T14:00:00Z");
    private static final Duration BAKE = Duration.ofMinutes(30);

    @Test
    void startsTheCurrentWaveUpToTheConcurrencyLimitSkippingPpcsInMaintenance() {
        List<RolloutPpcView> ppcs = List.of(ppc("c", 0, 0, PpcProgress.SUCCEEDED, false),
                ppc("a", 1, 1, PpcProgress.UPDATING, false), ppc("m", 1, 2, PpcProgress.PENDING, true),
                ppc("b", 1, 3, PpcProgress.PENDING, false), ppc("d", 1, 4, PpcProgress.PENDING, false),
                ppc("e", 2, 5, PpcProgress.PENDING, false));

        RolloutDecision decision = RolloutStep.decide(running(1, 3, ppcs, null, 0));

        assertThat(decision.start()).containsExactly("b");
    }

    @Test
    void aFinishedWaveIsAnnouncedAndBakesBeforeTheNextStarts() {
        List<RolloutPpcView> ppcs = List.of(ppc("c", 0, 0, PpcProgress.SUCCEEDED, false),
                ppc("a", 1, 1, PpcProgress.PENDING, false));

        RolloutDecision first = RolloutStep.decide(running(0, 2, ppcs, null, 0));
        assertThat(first.waveDone()).isEqualTo(new RolloutDecision.WaveTally(0, 1, 0, 0));
        assertThat(first.bakeUntil()).isEqualTo(NOW.plus(BAKE));

        RolloutDecision baking = RolloutStep.decide(snapshot(RolloutPhase.RUNNING, 0, 1, NOW.plus(BAKE), ppcs, NOW, 0));
        assertThat(baking.changesSomething()).isFalse();

        RolloutDecision after = RolloutStep.decide(snapshot(RolloutPhase.RUNNING, 0, 1, NOW.plus(BAKE), ppcs,
                NOW.plus(BAKE), 0));
        assertThat(after.advanceTo()).isEqualTo(1);
    }

    @Test
    void aFailedCanaryHaltsTheRollout() {
        List<RolloutPpcView> ppcs = List.of(ppc("c", 0, 0, PpcProgress.FAILED, false),
                ppc("a", 1, 1, PpcProgress.PENDING, false));

        assertThat(RolloutStep.decide(running(0, 2, ppcs, null, 0)).haltReason()).contains("canary");
    }

    @Test
    void failuresPastTheBudgetHaltUnlessAPersonAcceptedThem() {
        List<RolloutPpcView> ppcs = new ArrayList<>(List.of(ppc("c", 0, 0, PpcProgress.SUCCEEDED, false)));
        ppcs.add(ppc("a", 1, 1, PpcProgress.FAILED, false));
        ppcs.add(ppc("b", 1, 2, PpcProgress.FAILED, false));
        ppcs.add(ppc("d", 1, 3, PpcProgress.PENDING, false));

        assertThat(RolloutStep.decide(running(1, 2, ppcs, null, 0)).haltReason())
                .isEqualTo("failure budget exceeded: 2 PPC(s) failed, 1 allowed");
        assertThat(RolloutStep.decide(running(1, 2, ppcs, null, 2)).start()).containsExactly("d");
    }

    @Test
    void theLastWaveEndsTheRolloutOnlyWhenPpcsInMaintenanceAreUpdatedToo() {
        List<RolloutPpcView> waiting = List.of(ppc("c", 0, 0, PpcProgress.SUCCEEDED, false),
                ppc("m", 0, 1, PpcProgress.PENDING, true));
        RolloutDecision whileWaiting = RolloutStep.decide(snapshot(RolloutPhase.RUNNING, 0, 0, null, waiting, NOW, 0));
        assertThat(whileWaiting.waveDone()).isEqualTo(new RolloutDecision.WaveTally(0, 1, 0, 1));
        assertThat(whileWaiting.outcome()).isNull();

        List<RolloutPpcView> done = List.of(ppc("c", 0, 0, PpcProgress.SUCCEEDED, false),
                ppc("m", 0, 1, PpcProgress.SKIPPED, false));
        RolloutDecision end = RolloutStep.decide(snapshot(RolloutPhase.RUNNING, 0, 1, null, done, NOW, 0));
        assertThat(end.outcome()).isEqualTo(new RolloutDecision.Outcome(1, 0, 1, true));
    }

    @Test
    void aPausedRolloutDecidesNothing() {
        List<RolloutPpcView> ppcs = List.of(ppc("a", 0, 0, PpcProgress.PENDING, false));
        assertThat(RolloutStep.decide(snapshot(RolloutPhase.PAUSED, 0, 0, null, ppcs, NOW, 0)).changesSomething()).isFalse();
    }

    private static RolloutSnapshot running(int wave, int waveCount, List<RolloutPpcView> ppcs, Instant bakeUntil,
            int forgiven) {
        return new RolloutSnapshot(RolloutPhase.RUNNING, wave, waveCount, wave, bakeUntil, BAKE, 2, new FailureBudget(1),
                forgiven, ppcs, NOW);
    }

    private static RolloutSnapshot snapshot(RolloutPhase phase, int wave, int announced, Instant bakeUntil,
            List<RolloutPpcView> ppcs, Instant now, int forgiven) {
        int waves = ppcs.stream().mapToInt(RolloutPpcView::wave).max().orElse(0) + 1;
        return new RolloutSnapshot(phase, wave, waves, announced, bakeUntil, BAKE, 2, new FailureBudget(1), forgiven,
                ppcs, now);
    }

    private static RolloutPpcView ppc(String id, int wave, int position, PpcProgress progress, boolean maintenance) {
        return new RolloutPpcView(id, wave, position, progress, maintenance);
    }
}
