package io.releasetrain.events.ppc;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.releasetrain.events.Require;

/**
 * Every PPC of one rollout wave was updated, failed or skipped.
 *
 * @param rolloutId the rollout's id
 * @param wave      the wave's number, counted from 0 (the canary wave)
 * @param succeeded how many PPCs of the wave were updated
 * @param failed    how many failed to update
 * @param skipped   how many were skipped, e.g. because they were in maintenance
 */
public record RolloutWaveDone(
        String rolloutId,
        @JsonProperty(required = true) int wave,
        @JsonProperty(required = true) int succeeded,
        @JsonProperty(required = true) int failed,
        @JsonProperty(required = true) int skipped) implements PpcEvent {

    /** Validates the rollout id and that no number is negative. */
    public RolloutWaveDone {
        Require.text(rolloutId, "rolloutId");
        Require.nonNegative(wave, "wave");
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
