package io.releasetrain.events.ppc;

import io.releasetrain.events.Require;

/**
 * A paused or halted rollout goes on.
 *
 * @param rolloutId the rollout's id
 * @param resumedBy who resumed it
 * @param reason    why
 */
public record RolloutResumed(
        String rolloutId,
        String resumedBy,
        String reason) implements PpcEvent {

    /** Validates the fields. */
    public RolloutResumed {
        Require.text(rolloutId, "rolloutId");
        Require.text(resumedBy, "resumedBy");
        Require.text(reason, "reason");
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
