package io.releasetrain.events.maintenance;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.releasetrain.events.Require;
import java.time.Instant;

/**
 * The bit flags of one PPC changed (0x1 maintenance mode, 0x2 opted out of health checks).
 *
 * <p>A change made for a whole organisation is published as one event per PPC of it.
 *
 * @param changeId    the change's id; one id is shared by the events of an organisation-wide change
 * @param cloudId     the PPC's cloud id
 * @param orgId       the organisation that owns the PPC
 * @param flagsBefore the flags before the change: an unsigned 32-bit value, every bit as stored
 * @param flagsAfter  the flags after the change, likewise
 * @param actor       who changed them: a login, or the train itself (e.g. when a window ends)
 * @param reason      why
 * @param expiresAt   optional: when the change is undone by itself
 * @param windowId    optional: the maintenance window that caused the change
 * @param cloudName   optional: the PPC's name as the maintenance service knows it (e.g. {@code acme-ppc-03}), for
 *                    people; absent in events published before it was added
 */
public record FlagsChanged(
        String changeId,
        String cloudId,
        String orgId,
        @JsonProperty(required = true) long flagsBefore,
        @JsonProperty(required = true) long flagsAfter,
        String actor,
        String reason,
        Instant expiresAt,
        String windowId,
        String cloudName) implements MaintenanceEvent {

    /** Validates the required fields and that the flags fit in an unsigned 32-bit column. */
    public FlagsChanged {
        Require.text(changeId, "changeId");
        Require.text(cloudId, "cloudId");
        Require.text(orgId, "orgId");
        Require.unsigned32(flagsBefore, "flagsBefore");
        Require.unsigned32(flagsAfter, "flagsAfter");
        Require.text(actor, "actor");
        Require.text(reason, "reason");
        Require.optionalText(windowId, "windowId");
        Require.optionalText(cloudName, "cloudName");
    }

    /** A change whose PPC is named by its cloud id only. */
    public FlagsChanged(String changeId, String cloudId, String orgId, long flagsBefore, long flagsAfter, String actor,
            String reason, Instant expiresAt, String windowId) {
        this(changeId, cloudId, orgId, flagsBefore, flagsAfter, actor, reason, expiresAt, windowId, null);
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
