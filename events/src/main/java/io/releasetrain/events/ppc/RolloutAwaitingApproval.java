package io.releasetrain.events.ppc;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.releasetrain.events.Require;

/**
 * A rollout to the customer PPCs is planned and waits for on-call (oncall-primary) to approve it.
 *
 * @param rolloutId  the rollout's id
 * @param version    the PPC version to roll out
 * @param releaseSha the production commit the rollout follows
 * @param totalPpcs  how many PPCs it plans to update
 * @param waves      how many waves, the canary wave included
 */
public record RolloutAwaitingApproval(
        String rolloutId,
        String version,
        String releaseSha,
        @JsonProperty(required = true) int totalPpcs,
        @JsonProperty(required = true) int waves) implements PpcEvent {

    /** Validates the fields. */
    public RolloutAwaitingApproval {
        Require.text(rolloutId, "rolloutId");
        Require.text(version, "version");
        Require.text(releaseSha, "releaseSha");
        Require.nonNegative(totalPpcs, "totalPpcs");
        Require.nonNegative(waves, "waves");
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
