package io.releasetrain.events.ppc;

import io.releasetrain.events.Require;

/**
 * Someone read a PPC's access token (the secret its stand-up job reported). The event says who, when and
 * why, never the token itself.
 *
 * @param cloudId the PPC's cloud id
 * @param name    the PPC's name
 * @param orgId   the organisation it belongs (or is to be attached) to
 * @param keyId   the id of the key the token was encrypted with, so a reader sees which key was in use
 * @param readBy  who read it
 * @param reason  why, as the reader gave it
 */
public record PpcAccessTokenRead(
        String cloudId,
        String name,
        String orgId,
        String keyId,
        String readBy,
        String reason) implements PpcEvent {

    /** Validates that every field is present. */
    public PpcAccessTokenRead {
        Require.text(cloudId, "cloudId");
        Require.text(name, "name");
        Require.text(orgId, "orgId");
        Require.text(keyId, "keyId");
        Require.text(readBy, "readBy");
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
