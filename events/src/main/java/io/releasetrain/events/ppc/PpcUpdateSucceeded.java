package io.releasetrain.events.ppc;

import io.releasetrain.events.Require;

/**
 * A PPC runs the new version and passed its health check (unless it opted out of health checks).
 *
 * @param updateId  the update's id
 * @param cloudId   the PPC's cloud id
 * @param version   the version now installed
 * @param rolloutId optional: the customer rollout this update is part of
 */
public record PpcUpdateSucceeded(
        String updateId,
        String cloudId,
        String version,
        String rolloutId) implements PpcEvent {

    /** Validates the required fields. */
    public PpcUpdateSucceeded {
        Require.text(updateId, "updateId");
        Require.text(cloudId, "cloudId");
        Require.text(version, "version");
        Require.optionalText(rolloutId, "rolloutId");
    }

    /** The cloud id. */
    @Override
    public String key() {
        return cloudId;
    }

    /** The cloud id: the PPC is what was updated. */
    @Override
    public String subject() {
        return cloudId;
    }
}
