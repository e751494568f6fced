package io.releasetrain.events.ppc;

import io.releasetrain.events.Require;

/**
 * A PPC runs the new version and passed its health check (unless it opted out of health checks).
 *
 * @param updateId  the update's id
 * @param cloudId   the PPC's cloud id
 * @param version   the version now installed
 * @param rolloutId optional: the customer rollout this update is part of
 * @param ppcName   optional: the PPC's name, for people reading about it
 * @param ciJobUrl  optional: the CI job that ran the update
 */
public record PpcUpdateSucceeded(
        String updateId,
        String cloudId,
        String version,
        String rolloutId,
        String ppcName,
        String ciJobUrl) implements PpcEvent {

    /** Validates the required fields. */
    public PpcUpdateSucceeded {
        Require.text(updateId, "updateId");
        Require.text(cloudId, "cloudId");
        Require.text(version, "version");
        Require.optionalText(rolloutId, "rolloutId");
        Require.optionalText(ppcName, "ppcName");
    }

    /** An update succeeded event without the PPC's name and job, as older producers wrote it. */
    public PpcUpdateSucceeded(String updateId, String cloudId, String version, String rolloutId) {
        this(updateId, cloudId, version, rolloutId, null, null);
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
