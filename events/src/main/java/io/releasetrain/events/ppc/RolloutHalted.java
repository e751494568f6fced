package io.releasetrain.events.ppc;

import io.releasetrain.events.Require;

/**
 * A rollout stopped before its last wave: past its failure budget, or paused or aborted by on-call.
 *
 * @param rolloutId the rollout's id
 * @param reason    why it stopped
 * @param haltedBy  who stopped it: a login, or the train itself when the failure budget ran out
 */
public record RolloutHalted(
        String rolloutId,
        String reason,
        String haltedBy) implements PpcEvent {

    /** Validates that every field is present. */
    public RolloutHalted {
        Require.text(rolloutId, "rolloutId");
        Require.text(reason, "reason");
        Require.text(haltedBy, "haltedBy");
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
