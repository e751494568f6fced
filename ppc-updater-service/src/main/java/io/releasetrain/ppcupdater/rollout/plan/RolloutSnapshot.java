package io.releasetrain.ppcupdater.rollout.plan;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A rollout as it stands, everything {@link RolloutStep} decides from.
 *
 * @param phase            the rollout's state
 * @param currentWave      the wave being updated (or baked after), from 0
 * @param waveCount        how many waves the rollout has
 * @param wavesAnnounced   how many waves were announced done so far
 * @param bakeUntil        when the bake after the current wave ends; null when not baking
 * @param bakeTime         how long to wait after a wave before the next starts
 * @param concurrency      most PPCs updated at once
 * @param budget           the failure budget
 * @param failuresForgiven failures a person accepted by resuming a halted rollout
 * @param ppcs             every PPC of the rollout, in rollout order
 * @param now              now
 */
public record RolloutSnapshot(
        RolloutPhase phase,
        int currentWave,
        int waveCount,
        int wavesAnnounced,
        Instant bakeUntil,
        Duration bakeTime,
        int concurrency,
        FailureBudget budget,
        int failuresForgiven,
        RolloutPpcs ppcs,
        Instant now) {

    /** A snapshot of PPCs given one view each, in any order (their positions order them). */
    public RolloutSnapshot(RolloutPhase phase, int currentWave, int waveCount, int wavesAnnounced, Instant bakeUntil,
            Duration bakeTime, int concurrency, FailureBudget budget, int failuresForgiven, List<RolloutPpcView> ppcs,
            Instant now) {
        this(phase, currentWave, waveCount, wavesAnnounced, bakeUntil, bakeTime, concurrency, budget, failuresForgiven,
                RolloutPpcs.of(ppcs), now);
    }
}
