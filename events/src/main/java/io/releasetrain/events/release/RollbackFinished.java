package io.releasetrain.events.release;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.releasetrain.events.Require;

/**
 * A rollback ended, with the environment back on the earlier commit or not.
 *
 * @param rollbackId  the rollback's id
 * @param environment the environment rolled back
 * @param toSha       the commit it was going back to
 * @param succeeded   whether the environment now runs {@code toSha}
 * @param detail      optional: what went wrong, or a link to the build
 */
public record RollbackFinished(
        String rollbackId,
        String environment,
        String toSha,
        @JsonProperty(required = true) boolean succeeded,
        String detail) implements ReleaseEvent {

    /** Validates the required fields. */
    public RollbackFinished {
        Require.text(rollbackId, "rollbackId");
        Require.text(environment, "environment");
        Require.text(toSha, "toSha");
    }

    /** The environment. */
    @Override
    public String key() {
        return environment;
    }

    /** The rollback id. */
    @Override
    public String subject() {
        return rollbackId;
    }
}
