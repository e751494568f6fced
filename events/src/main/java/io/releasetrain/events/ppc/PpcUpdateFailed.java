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
 * @param ppcName   optional: the PPC's name, for people reading about it
 * @param ciJobUrl  optional: the CI job that ran the update, when one was started
 */
public record PpcUpdateFailed(
        String updateId,
        String cloudId,
        String version,
        String rolloutId,
        String reason,
        String ppcName,
        String ciJobUrl) implements PpcEvent {

    /** Validates the required fields. */
    public PpcUpdateFailed {
        Require.text(updateId, "updateId");
        Require.text(cloudId, "cloudId");
        Require.text(version, "version");
        Require.optionalText(rolloutId, "rolloutId");
        Require.text(reason, "reason");
        Require.optionalText(ppcName, "ppcName");
    }

    /** An update failed event without the PPC's name and job, as older producers wrote it. */
    public PpcUpdateFailed(String updateId, String cloudId, String version, String rolloutId, String reason) {
        this(updateId, cloudId, version, rolloutId, reason, null, null);
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
