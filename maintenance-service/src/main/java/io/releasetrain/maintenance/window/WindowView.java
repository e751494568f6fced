package io.releasetrain.maintenance.window;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A maintenance window as the REST API shows it.
 *
 * @param clouds what the window did to each PPC when it started; only on a single window's answer
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WindowView(String id, String cloudId, String orgId, Instant startsAt, Instant endsAt, String reason,
        String bookedBy, Instant bookedAt, WindowStatus status, Instant enteredAt, Instant closedAt, String cancelledBy,
        String cancelReason, List<CloudOutcome> clouds) {

    /**
     * What a window did to one PPC when it started.
     *
     * @param outcome ENTERED, EXTENDED or ALREADY_ON (see {@link WindowEntryRule.Outcome})
     */
    public record CloudOutcome(String cloudId, String outcome) {
    }

    static WindowView of(MaintenanceWindow w, List<CloudOutcome> clouds) {
        return new WindowView(w.id(), w.cloudId(), w.orgId(), w.startsAt(), w.endsAt(), w.reason(), w.bookedBy(),
                w.bookedAt(), w.status(), w.enteredAt(), w.closedAt(), w.cancelledBy(), w.cancelReason(), clouds);
    }
}
