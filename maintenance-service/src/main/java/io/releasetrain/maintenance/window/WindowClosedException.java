package io.releasetrain.maintenance.window;

/** The window has ended, was missed or was cancelled already: it can no longer be cancelled. Answered with 409. */
public final class WindowClosedException extends RuntimeException {

    WindowClosedException(MaintenanceWindow window) {
        super("Maintenance window " + window.id() + " is " + window.status()
                + "; only BOOKED or ACTIVE windows can be cancelled");
    }
}
