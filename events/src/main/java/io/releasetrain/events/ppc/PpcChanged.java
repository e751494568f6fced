package io.releasetrain.events.ppc;

import io.releasetrain.events.Require;

/**
 * A PPC of the fleet changed: its registry entry was edited, it was attached to or detached from an
 * organisation, or it moved through standing up (provisioning, ready, failed). Carries the PPC as it
 * is after the change, so a reader can keep a copy without asking.
 *
 * @param cloudId     the PPC's cloud id
 * @param name        the PPC's name
 * @param orgId       the organisation it belongs (or is to be attached) to
 * @param kind        a service PPC or a customer PPC
 * @param environment optional: for a SERVICE PPC, the service environment it is attached to
 * @param endpoint    optional: the PPC's base URL
 * @param region      optional: the cloud region it runs in
 * @param version     optional: the PPC version it runs
 * @param status      its status after the change, e.g. {@code ATTACHED}, {@code READY}, {@code FAILED}
 * @param change      what changed, in a few words, e.g. {@code attached}, {@code endpoint, region}
 * @param changedBy   who changed it: a login, or the train itself
 * @param reason      why
 */
public record PpcChanged(
        String cloudId,
        String name,
        String orgId,
        PpcKind kind,
        String environment,
        String endpoint,
        String region,
        String version,
        String status,
        String change,
        String changedBy,
        String reason) implements PpcEvent {

    /** Validates the required fields. */
    public PpcChanged {
        Require.text(cloudId, "cloudId");
        Require.text(name, "name");
        Require.text(orgId, "orgId");
        Require.present(kind, "kind");
        Require.optionalText(environment, "environment");
        Require.text(status, "status");
        Require.text(change, "change");
        Require.text(changedBy, "changedBy");
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
