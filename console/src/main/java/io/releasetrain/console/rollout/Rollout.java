package io.releasetrain.console.rollout;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * A customer rollout as ppc-updater-service shows it ({@code GET /rollouts/{id}}): overall, per wave, per PPC.
 *
 * @param state AWAITING_APPROVAL, QUEUED, RUNNING, PAUSED, HALTED, FINISHED, COMPLETED, ABORTED or SUPERSEDED
 * @param ppcs  empty in the list of rollouts
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Rollout(String rolloutId, String version, String sdkVersion, String releaseSha, String promotionId,
        String state, int currentWave, int waveCount, Instant bakeUntil, int concurrency, int failureBudget,
        String haltReason, String startedBy, Instant createdAt, Tally total, List<Tally> waves, List<Member> ppcs) {

    public Rollout {
        waves = waves == null ? List.of() : List.copyOf(waves);
        ppcs = ppcs == null ? List.of() : List.copyOf(ppcs);
    }

    /** What a person may do to the whole rollout in its state. */
    public List<RolloutAction> actions() {
        return RolloutAction.forRollout(state);
    }

    /** The members of one wave, in order. */
    public List<Member> inWave(int wave) {
        return ppcs.stream().filter(m -> m.wave() == wave).toList();
    }

    /** Counts of PPCs by where they stand; {@code wave} -1 is the whole rollout. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Tally(int wave, int size, int pending, int updating, int succeeded, int failed, int skipped,
            int waitingForMaintenance) {

        /** The wave as people count it, from 1. */
        public int number() {
            return wave + 1;
        }
    }

    /**
     * One PPC of the rollout.
     *
     * @param state PENDING, UPDATING, SUCCEEDED, FAILED or SKIPPED
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Member(String cloudId, String name, int wave, String state, int attempts, String reason,
            String decidedBy, String jobUrl, boolean inMaintenance) {

        /** What a person may do to this PPC in the rollout. */
        public List<RolloutAction> actions() {
            return RolloutAction.forMember(state);
        }
    }
}
