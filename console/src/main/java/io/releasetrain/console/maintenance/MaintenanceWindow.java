package io.releasetrain.console.maintenance;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** A maintenance window booked ahead ({@code GET /maintenance-windows}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MaintenanceWindow(String id, String cloudId, String orgId, Instant startsAt, Instant endsAt,
        String reason, String bookedBy, Instant bookedAt, String status, String cancelledBy, String cancelReason) {

    /** Whether it can still be cancelled. */
    public boolean open() {
        return "BOOKED".equals(status) || "ACTIVE".equals(status);
    }

    /** The PPC or organisation it is for, for display. */
    public String target() {
        return cloudId != null ? "PPC " + cloudId : "organisation " + orgId;
    }
}
