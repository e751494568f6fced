package io.releasetrain.events.ppc;

import io.releasetrain.events.Require;

/**
 * An update of a PPC failed: the update job failed or the PPC failed its health check afterwards.
 *
 * @param updateId  the update's id
 * @param cloudId   the PPC's cloud id
 * @param version   the version that was being installed
 * @param rolloutId optional: the customer rollout this update is part of
 * @param reason    what went wrong
 */
public record PpcUpdateFailed(
        String updateId,
        String cloudId,
        String version,
        String rolloutId,
        String reason) implements PpcEvent {

    /** Validates the required fields. */
    public PpcUpdateFailed {
        Require.text(updateId, "updateId");
        Require.text(cloudId, "cloudId");
        Require.text(version, "version");
        Require.optionalText(rolloutId, "rolloutId");
        Require.text(reason, "reason");
    }

    /** The cloud id. */
    @Override
    public String key() {
        return cloudId;
    }

    /** The cloud id: the PPC is what failed to update. */
    @Override
    public String subject() {
        return cloudId;
    }
}
