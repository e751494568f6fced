package io.releasetrain.events.ppc;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.releasetrain.events.Require;

/**
 * A rollout went through all its waves.
 *
 * @param rolloutId the rollout's id
 * @param succeeded how many PPCs were updated
 * @param failed    how many failed to update
 * @param skipped   how many were skipped, e.g. because they were in maintenance
 */
public record RolloutFinished(
        String rolloutId,
        @JsonProperty(required = true) int succeeded,
        @JsonProperty(required = true) int failed,
        @JsonProperty(required = true) int skipped) implements PpcEvent {

    /** Validates the rollout id and that no count is negative. */
    public RolloutFinished {
        Require.text(rolloutId, "rolloutId");
        Require.nonNegative(succeeded, "succeeded");
        Require.nonNegative(failed, "failed");
        Require.nonNegative(skipped, "skipped");
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
