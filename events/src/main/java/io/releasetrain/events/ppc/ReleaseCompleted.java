package io.releasetrain.events.ppc;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.releasetrain.events.Require;

/**
 * The last customer PPC of a release was updated or skipped by a person: the release is complete.
 *
 * @param rolloutId  the rollout that carried it
 * @param version    the PPC version every customer PPC now runs (or was skipped for)
 * @param releaseSha the production commit of the release
 * @param updated    how many PPCs were updated
 * @param skipped    how many were skipped by a person
 */
public record ReleaseCompleted(
        String rolloutId,
        String version,
        String releaseSha,
        @JsonProperty(required = true) int updated,
        @JsonProperty(required = true) int skipped) implements PpcEvent {

    /** Validates the fields. */
    public ReleaseCompleted {
        Require.text(rolloutId, "rolloutId");
        Require.text(version, "version");
        Require.text(releaseSha, "releaseSha");
        Require.nonNegative(updated, "updated");
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
