package io.releasetrain.maintenance.window;

import io.releasetrain.events.maintenance.MaintenanceWindowBooked;
import io.releasetrain.events.maintenance.MaintenanceWindowCancelled;
import io.releasetrain.maintenance.MaintenanceConfig;
import io.releasetrain.maintenance.flags.ChangeCommand;
import io.releasetrain.maintenance.flags.CloudFlags;
import io.releasetrain.maintenance.flags.Flag;
import io.releasetrain.maintenance.flags.FlagHold;
import io.releasetrain.maintenance.flags.FlagStore;
import io.releasetrain.maintenance.flags.FlagWriter;
import io.releasetrain.maintenance.flags.HoldStore;
import io.releasetrain.maintenance.flags.LockedCloud;
import io.releasetrain.maintenance.web.Horizon;
import io.releasetrain.messaging.web.InvalidRequestException;
import io.releasetrain.messaging.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Books and cancels maintenance windows; each booking and cancellation is announced on the bus. */
@ApplicationScoped
public class WindowBookings {

    private final WindowStore windows;
    private final FlagStore flags;
    private final HoldStore holds;
    private final FlagWriter writer;
    private final Outbox outbox;
    private final MaintenanceConfig config;
    private final Clock clock;

    WindowBookings(WindowStore windows, FlagStore flags, HoldStore holds, FlagWriter writer, Outbox outbox,
            MaintenanceConfig config, Clock clock) {
        this.windows = windows;
        this.flags = flags;
        this.holds = holds;
        this.writer = writer;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Books a window.
     *
     * @throws InvalidRequestException when the target or the times are not acceptable
     * @throws NotFoundException       when the PPC, or every PPC of the organisation, is unknown
     */
    @Transactional
    public MaintenanceWindow book(WindowBookingRequest request, String actor) {
        Instant now = clock.instant();
        Instant startsAt = Horizon.ceilToSecond(request.startsAt());
        Instant endsAt = Horizon.ceilToSecond(request.endsAt());
        checkTimes(startsAt, endsAt, now);
        checkTarget(request.cloudId(), request.orgId());
        MaintenanceWindow window = new MaintenanceWindow(UUID.randomUUID().toString(), request.cloudId(),
                request.orgId(), startsAt, endsAt, request.reason().strip(), actor, now, WindowStatus.BOOKED, null,
                null, null, null);
        windows.insert(window);
        outbox.publish(new MaintenanceWindowBooked(window.id(), window.cloudId(), window.orgId(), window.startsAt(),
                window.endsAt(), actor, window.reason()));
        return window;
    }

    /**
     * Cancels a BOOKED or ACTIVE window. The PPCs an ACTIVE window put into maintenance come out of it
     * now; maintenance it took over is handed back to its previous end (and ends then, by the sweep);
     * maintenance it did not hold (or that someone cleared and set again since) stays.
     *
     * @throws NotFoundException      when there is no such window
     * @throws WindowClosedException  when it has already ended, been missed or been cancelled
     */
    @Transactional
    public MaintenanceWindow cancel(String windowId, String reason, String actor) {
        MaintenanceWindow window = windows.lock(windowId)
                .orElseThrow(() -> new NotFoundException("No maintenance window with id '" + windowId + "'"));
        if (!window.status().isOpen()) {
            throw new WindowClosedException(window);
        }
        if (window.status() == WindowStatus.ACTIVE) {
            release(window, new ChangeCommand(actor, "Maintenance window " + windowId + " cancelled: " + reason, null,
                    windowId));
        }
        windows.cancelled(windowId, actor, reason, clock.instant());
        outbox.publish(new MaintenanceWindowCancelled(windowId, actor, reason));
        return windows.find(windowId).orElseThrow();
    }

    private void release(MaintenanceWindow window, ChangeCommand command) {
        String changeId = UUID.randomUUID().toString();
        for (LockedCloud cloud : flags.lockAll(holds.cloudsHeldBy(window.id(), CloudFlags.MAINTENANCE))) {
            FlagHold hold = holds.find(cloud.id(), CloudFlags.MAINTENANCE).orElse(null);
            if (hold == null || !window.id().equals(hold.windowId())) {
                continue;
            }
            Optional<WindowStore.TakenOver> taken = windows.takenOver(window.id(), cloud.id());
            if (taken.isPresent()) {
                holds.handOver(cloud.id(), CloudFlags.MAINTENANCE, taken.get().windowId(), taken.get().expiresAt());
            } else {
                writer.apply(cloud, Flag.MAINTENANCE, false, command, changeId);
            }
        }
    }

    private void checkTimes(Instant startsAt, Instant endsAt, Instant now) {
        if (!endsAt.isAfter(startsAt)) {
            throw new InvalidRequestException("endsAt", "must be after startsAt");
        }
        Horizon.requireAhead("endsAt", endsAt, now, config.maxAhead());
    }

    private void checkTarget(String cloudId, String orgId) {
        if ((cloudId == null) == (orgId == null)) {
            throw new InvalidRequestException("cloudId, orgId", "give exactly one of them");
        }
        if (cloudId != null && !windows.cloudExists(cloudId)) {
            throw new NotFoundException("No PPC with cloud id '" + cloudId + "'");
        }
        if (orgId != null && !windows.orgHasClouds(orgId)) {
            throw new NotFoundException("No PPC in the fleet belongs to organisation '" + orgId + "'");
        }
    }
}
