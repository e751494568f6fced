package io.releasetrain.events.release;

import io.releasetrain.events.Require;

/**
 * On-call started rolling an environment back to an earlier commit.
 *
 * @param rollbackId  the rollback's id
 * @param environment the environment rolled back
 * @param fromSha     the commit running there now
 * @param toSha       the commit to go back to
 * @param requestedBy who asked for the rollback
 * @param reason      why
 */
public record RollbackStarted(
        String rollbackId,
        String environment,
        String fromSha,
        String toSha,
        String requestedBy,
        String reason) implements ReleaseEvent {

    /** Validates that every field is present. */
    public RollbackStarted {
        Require.text(rollbackId, "rollbackId");
        Require.text(environment, "environment");
        Require.text(fromSha, "fromSha");
        Require.text(toSha, "toSha");
        Require.text(requestedBy, "requestedBy");
        Require.text(reason, "reason");
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
