package io.releasetrain.events.ppc;

import io.releasetrain.events.Require;

/**
 * A PPC left the fleet; the train no longer updates it.
 *
 * @param cloudId   the PPC's cloud id
 * @param orgId     the organisation that owned it
 * @param retiredBy who retired it
 * @param reason    why
 */
public record PpcRetired(
        String cloudId,
        String orgId,
        String retiredBy,
        String reason) implements PpcEvent {

    /** Validates that every field is present. */
    public PpcRetired {
        Require.text(cloudId, "cloudId");
        Require.text(orgId, "orgId");
        Require.text(retiredBy, "retiredBy");
        Require.text(reason, "reason");
    }

    /** The cloud id. */
    @Override
    public String key() {
        return cloudId;
    }

    /** The cloud id. */
    @Override
    public String subject() {
        return cloudId;
    }
}
