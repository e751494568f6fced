package io.releasetrain.maintenance.audit;

import java.time.Instant;

/**
 * One change of one flag bit of one PPC, as the audit trail keeps it.
 *
 * @param id          the entry's position in the trail; larger is newer
 * @param changeId    the change it belongs to; an organisation-wide change has one entry per PPC, all with
 *                    the same change id, which is also the {@code changeId} of the published events
 * @param flag        the flag's name, e.g. {@code maintenance}
 * @param bit         the flag's bit, e.g. 1
 * @param action      {@code SET} or {@code CLEAR}
 * @param flagsBefore the PPC's flags before the change, every bit included
 * @param flagsAfter  the PPC's flags after it
 * @param actor       who: a caller's principal name, or {@code release-train} for expiries and window ends
 * @param expiresAt   optional: when the bit was due to clear by itself
 * @param windowId    optional: the maintenance window that made the change
 */
public record AuditEntry(long id, String changeId, String cloudId, String orgId, String flag, long bit, String action,
        long flagsBefore, long flagsAfter, String actor, String reason, Instant expiresAt, String windowId,
        Instant changedAt) {
}
