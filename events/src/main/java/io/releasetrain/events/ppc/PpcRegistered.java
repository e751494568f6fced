package io.releasetrain.events.ppc;

import io.releasetrain.events.Require;

/**
 * A PPC joined the fleet the train updates.
 *
 * @param cloudId     the PPC's cloud id
 * @param name        the PPC's name
 * @param orgId       the organisation that owns it
 * @param kind        a service PPC or a customer PPC
 * @param environment optional: for a SERVICE PPC, the service environment it is attached to
 * @param endpoint    optional: the PPC's base URL, used for health checks
 */
public record PpcRegistered(
        String cloudId,
        String name,
        String orgId,
        PpcKind kind,
        String environment,
        String endpoint) implements PpcEvent {

    /** Validates the required fields. */
    public PpcRegistered {
        Require.text(cloudId, "cloudId");
        Require.text(name, "name");
        Require.text(orgId, "orgId");
        Require.present(kind, "kind");
        Require.optionalText(environment, "environment");
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
