package io.releasetrain.events.ppc;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.releasetrain.events.Require;

/**
 * A deployment or a promoted release would have updated PPCs, but none was started, and this says why
 * (typically: the release's manifest names no PPC version, and the train never guesses one).
 *
 * @param environment the environment whose deployment or release it was
 * @param sha         the commit deployed or promoted
 * @param reason      why nothing was updated
 * @param ppcCount    how many PPCs would have been updated
 */
public record PpcUpdatesWithheld(
        String environment,
        String sha,
        String reason,
        @JsonProperty(required = true) int ppcCount) implements PpcEvent {

    /** Validates the fields. */
    public PpcUpdatesWithheld {
        Require.text(environment, "environment");
        Require.text(sha, "sha");
        Require.text(reason, "reason");
        Require.nonNegative(ppcCount, "ppcCount");
    }

    /** The environment. */
    @Override
    public String key() {
        return environment;
    }

    /** The environment. */
    @Override
    public String subject() {
        return environment;
    }
}
