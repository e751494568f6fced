package io.releasetrain.events.ppc;

import io.releasetrain.events.Require;
import java.util.List;

/**
 * A rollout stopped before its last wave: past its failure budget, or paused or aborted by on-call.
 *
 * @param rolloutId the rollout's id
 * @param reason    why it stopped
 * @param haltedBy  who stopped it: a login, or the train itself when the failure budget ran out
 * @param failures  the PPCs of the rollout that failed so far and why; empty when none did (or an older
 *                  producer did not say)
 */
public record RolloutHalted(
        String rolloutId,
        String reason,
        String haltedBy,
        List<PpcFailure> failures) implements PpcEvent {

    /** Validates that every field is present. */
    public RolloutHalted {
        Require.text(rolloutId, "rolloutId");
        Require.text(reason, "reason");
        Require.text(haltedBy, "haltedBy");
        failures = Require.list(failures, "failures");
    }

    /** A halt without the list of failures, as older producers wrote it. */
    public RolloutHalted(String rolloutId, String reason, String haltedBy) {
        this(rolloutId, reason, haltedBy, List.of());
    }

    /** The rollout id. */
    @Override
    public String key() {
        return rolloutId;
    }

    /** The rollout id. */
    @Override
    public String subject() {
        return rolloutId;
    }
}
