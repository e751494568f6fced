package io.releasetrain.maintenance.window;

import java.time.Instant;

/**
 * A maintenance window booked for one PPC ({@code cloudId}) or every PPC of an organisation ({@code orgId}).
 *
 * @param enteredAt    when it started, if it did
 * @param closedAt     when it ended, was cancelled or was found missed
 * @param cancelledBy  who cancelled it, if it was
 * @param cancelReason why it was cancelled, if it was
 */
public record MaintenanceWindow(String id, String cloudId, String orgId, Instant startsAt, Instant endsAt, String reason,
        String bookedBy, Instant bookedAt, WindowStatus status, Instant enteredAt, Instant closedAt, String cancelledBy,
        String cancelReason) {

    /** What the window is for, in words. */
    public String target() {
        return cloudId != null ? "PPC " + cloudId : "organisation " + orgId;
    }
}
