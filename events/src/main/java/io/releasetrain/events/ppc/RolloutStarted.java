package io.releasetrain.events.ppc;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.releasetrain.events.Require;

/**
 * A rollout of a verified release to the customer PPCs started.
 *
 * @param rolloutId  the rollout's id
 * @param version    the PPC version rolled out
 * @param releaseSha the production commit the rollout follows
 * @param totalPpcs  how many PPCs the rollout plans to update
 * @param waves      how many waves they are split into, the canary wave included
 * @param startedBy  who started it: a login, or the train itself
 */
public record RolloutStarted(
        String rolloutId,
        String version,
        String releaseSha,
        @JsonProperty(required = true) int totalPpcs,
        @JsonProperty(required = true) int waves,
        String startedBy) implements PpcEvent {

    /** Validates that every field is present and the counts are not negative. */
    public RolloutStarted {
        Require.text(rolloutId, "rolloutId");
        Require.text(version, "version");
        Require.text(releaseSha, "releaseSha");
        Require.nonNegative(totalPpcs, "totalPpcs");
        Require.nonNegative(waves, "waves");
        Require.text(startedBy, "startedBy");
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
