package io.releasetrain.events.maintenance;

import io.releasetrain.events.Require;

/**
 * A booked maintenance window was cancelled; PPCs it had put into maintenance come out of it.
 *
 * <p>Keyed by window id, like {@link MaintenanceWindowBooked}, so the two are read in order.
 *
 * @param windowId    the window's id
 * @param cancelledBy who cancelled it
 * @param reason      why
 */
public record MaintenanceWindowCancelled(
        String windowId,
        String cancelledBy,
        String reason) implements MaintenanceEvent {

    /** Validates that every field is present. */
    public MaintenanceWindowCancelled {
        Require.text(windowId, "windowId");
        Require.text(cancelledBy, "cancelledBy");
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
