package io.releasetrain.events.ppc;

import io.releasetrain.events.Require;

/**
 * One PPC that failed to update; part of {@link RolloutHalted}, not an event.
 *
 * @param cloudId  the PPC's cloud id
 * @param ppcName  the PPC's name
 * @param reason   what went wrong
 * @param ciJobUrl optional: the CI job that ran the update
 */
public record PpcFailure(String cloudId, String ppcName, String reason, String ciJobUrl) {

    /** Validates the required fields. */
    public PpcFailure {
        Require.text(cloudId, "cloudId");
        Require.text(ppcName, "ppcName");
        Require.text(reason, "reason");
    }
}
