package io.releasetrain.events.maintenance;

import io.releasetrain.events.Require;
import java.time.Instant;
import java.util.List;

/**
 * A booked maintenance window began. Announced even when every PPC in it was already in
 * maintenance, so people following the window see it start.
 *
 * <p>Keyed by window id, like {@link MaintenanceWindowBooked}, so the window's events are read in order.
 *
 * @param windowId             the window's id
 * @param endsAt               when the window ends and its PPCs leave maintenance
 * @param entered              the PPCs the window put into maintenance
 * @param alreadyInMaintenance the PPCs that were in maintenance already, left as they were (or whose
 *                             maintenance the window extended to its end)
 */
public record MaintenanceWindowStarted(
        String windowId,
        Instant endsAt,
        List<String> entered,
        List<String> alreadyInMaintenance) implements MaintenanceEvent {

    /** Validates the required fields and copies the lists. */
    public MaintenanceWindowStarted {
        Require.text(windowId, "windowId");
        Require.present(endsAt, "endsAt");
        entered = Require.texts(entered, "entered");
        alreadyInMaintenance = Require.texts(alreadyInMaintenance, "alreadyInMaintenance");
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
