package io.releasetrain.events.ppc;

import io.releasetrain.events.Require;

/**
 * An update of one PPC to a new version started.
 *
 * @param updateId  the update's id
 * @param cloudId   the PPC's cloud id
 * @param version   the version being installed
 * @param rolloutId optional: the customer rollout this update is part of
 * @param ciJobUrl  optional: the CI job running the update
 * @param ppcName   optional: the PPC's name, for people reading about it
 */
public record PpcUpdateStarted(
        String updateId,
        String cloudId,
        String version,
        String rolloutId,
        String ciJobUrl,
        String ppcName) implements PpcEvent {

    /** Validates the required fields. */
    public PpcUpdateStarted {
        Require.text(updateId, "updateId");
        Require.text(cloudId, "cloudId");
        Require.text(version, "version");
        Require.optionalText(rolloutId, "rolloutId");
        Require.optionalText(ppcName, "ppcName");
    }

    /** An update started event without the PPC's name, as older producers wrote it. */
    public PpcUpdateStarted(String updateId, String cloudId, String version, String rolloutId, String ciJobUrl) {
        this(updateId, cloudId, version, rolloutId, ciJobUrl, null);
    }

    /** The cloud id. */
    @Override
    public String key() {
        return cloudId;
    }

    /** The cloud id: the PPC is what is being updated. */
    @Override
    public String subject() {
        return cloudId;
    }
}
