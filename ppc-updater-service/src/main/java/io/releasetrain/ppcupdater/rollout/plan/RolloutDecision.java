package io.releasetrain.ppcupdater.rollout.plan;

import java.time.Instant;
import java.util.List;

/**
 * What to do with a rollout now. Applied in one transaction by the service; by the benchmark in memory.
 *
 * @param start      PPCs to start updating, in order
 * @param waveDone   a wave that just finished and is to be announced; null if none
 * @param bakeUntil  a bake to start after the current wave; null if none
 * @param advanceTo  the wave to move to; null to stay
 * @param haltReason why the rollout halts; null when it does not
 * @param outcome    the rollout's end, when it ends now; null otherwise
 */
public record RolloutDecision(
        List<String> start,
        WaveTally waveDone,
        Instant bakeUntil,
        Integer advanceTo,
        String haltReason,
        Outcome outcome) {

    static final RolloutDecision NOTHING = new RolloutDecision(List.of(), null, null, null, null, null);

    /** Whether the decision changes anything. */
    public boolean changesSomething() {
        return !start.isEmpty() || waveDone != null || bakeUntil != null || advanceTo != null || haltReason != null
                || outcome != null;
    }

    /**
     * How one wave went.
     *
     * @param skipped skipped by a person, or deferred because the PPC is in maintenance
     */
    public record WaveTally(int wave, int succeeded, int failed, int skipped) {
    }

    /**
     * How a rollout ended: every PPC settled.
     *
     * @param complete true when no PPC failed: every one was updated or skipped by a person
     */
    public record Outcome(int succeeded, int failed, int skipped, boolean complete) {
    }
}
