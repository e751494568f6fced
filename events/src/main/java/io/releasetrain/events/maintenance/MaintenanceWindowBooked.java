package io.releasetrain.events.maintenance;

import io.releasetrain.events.Require;
import java.time.Instant;

/**
 * A maintenance window was booked for one PPC or for every PPC of an organisation.
 *
 * <p>Keyed by window id, so that a booking and its cancellation are read in order.
 *
 * @param windowId  the window's id
 * @param cloudId   optional: the PPC the window is for; exactly one of {@code cloudId} and {@code orgId} is given
 * @param orgId     optional: the organisation whose PPCs the window is for; exactly one of {@code cloudId} and {@code orgId} is given
 * @param startsAt  when the PPCs go into maintenance
 * @param endsAt    when they come out of it; after {@code startsAt}
 * @param bookedBy  who booked it
 * @param reason    why
 */
public record MaintenanceWindowBooked(
        String windowId,
        String cloudId,
        String orgId,
        Instant startsAt,
        Instant endsAt,
        String bookedBy,
        String reason) implements MaintenanceEvent {

    /** Validates the required fields, that exactly one target is given and that the window ends after it starts. */
    public MaintenanceWindowBooked {
        Require.text(windowId, "windowId");
        Require.optionalText(cloudId, "cloudId");
        Require.optionalText(orgId, "orgId");
        if ((cloudId == null) == (orgId == null)) {
            throw new IllegalArgumentException("cloudId or orgId: exactly one of them is required");
        }
        Require.present(startsAt, "startsAt");
        Require.present(endsAt, "endsAt");
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("endsAt must be after startsAt");
        }
        Require.text(bookedBy, "bookedBy");
        Require.text(reason, "reason");
    }

    /** The window id. */
    @Override
    public String key() {
        return windowId;
    }

    /** The window id. */
    @Override
    public String subject() {
        return windowId;
    }
}
