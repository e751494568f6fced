package io.releasetrain.events.maintenance;

import io.releasetrain.events.ReleaseTrainEvent;

/**
 * What happened to PPC flags and maintenance windows. Published to
 * {@link io.releasetrain.events.Topics#MAINTENANCE_EVENTS}; flag changes are keyed by cloud id,
 * window events by window id.
 */
public sealed interface MaintenanceEvent extends ReleaseTrainEvent
        permits FlagsChanged, MaintenanceWindowBooked, MaintenanceWindowCancelled, MaintenanceWindowStarted,
                MaintenanceWindowEnded {
}
