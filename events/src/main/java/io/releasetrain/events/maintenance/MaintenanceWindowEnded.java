package io.releasetrain.events.maintenance;

import io.releasetrain.events.Require;

/**
 * A maintenance window reached its end. The PPCs it held leave maintenance through their own
 * {@link FlagsChanged} events; maintenance someone set separately stays.
 *
 * <p>Keyed by window id, like {@link MaintenanceWindowBooked}.
 *
 * @param windowId the window's id
 */
public record MaintenanceWindowEnded(String windowId) implements MaintenanceEvent {

    /** Validates the window id. */
    public MaintenanceWindowEnded {
        Require.text(windowId, "windowId");
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
