package io.releasetrain.maintenance.window;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.releasetrain.maintenance.MaintenanceConfig;
import io.releasetrain.maintenance.flags.ChangeCommand;
import io.releasetrain.maintenance.flags.CloudFlags;
import io.releasetrain.maintenance.flags.Flag;
import io.releasetrain.maintenance.flags.FlagHold;
import io.releasetrain.maintenance.flags.FlagStore;
import io.releasetrain.maintenance.flags.FlagWriter;
import io.releasetrain.maintenance.flags.HoldStore;
import io.releasetrain.maintenance.flags.LockedCloud;
import io.releasetrain.events.maintenance.MaintenanceWindowEnded;
import io.releasetrain.events.maintenance.MaintenanceWindowStarted;
import io.releasetrain.messaging.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.jboss.logging.Logger;

/**
 * Starts windows whose start has come and marks ended those whose end has come. A window's PPCs leave
 * maintenance through their holds, which expire at the window's end ({@link io.releasetrain.maintenance.flags.HoldExpiry}).
 *
 * <p>Each window is handled in its own transaction, after locking its row with
 * {@code FOR UPDATE SKIP LOCKED} and reading its status again under the lock: with several instances
 * each window is started once, by whichever instance locked it first.
 */
@ApplicationScoped
public class WindowSweep {

    private static final Logger LOG = Logger.getLogger(WindowSweep.class);

    private final WindowStore windows;
    private final FlagStore flags;
    private final HoldStore holds;
    private final FlagWriter writer;
    private final MaintenanceConfig config;
    private final Outbox outbox;

    WindowSweep(WindowStore windows, FlagStore flags, HoldStore holds, FlagWriter writer, MaintenanceConfig config,
            Outbox outbox) {
        this.windows = windows;
        this.flags = flags;
        this.holds = holds;
        this.writer = writer;
        this.config = config;
        this.outbox = outbox;
    }

    /** Starts every BOOKED window whose start has come by {@code now}. */
    public void startDue(Instant now) {
        each(windows.dueToStart(now, config.sweepBatchSize()), id -> start(id, now), "start");
    }

    /** Marks ENDED every ACTIVE window whose end has come by {@code now}. */
    public void closeEnded(Instant now) {
        each(windows.dueToEnd(now, config.sweepBatchSize()), id -> close(id, now), "end");
    }

    private boolean start(String id, Instant now) {
        MaintenanceWindow window = windows.lockUnlessBusy(id).orElse(null);
        if (window == null || window.status() != WindowStatus.BOOKED) {
            return false;
        }
        WindowStatus next = window.status().dueAt(now, window.startsAt(), window.endsAt());
        if (next == WindowStatus.MISSED) {
            LOG.warnf("Maintenance window %s for %s ended at %s before it could start; it is marked MISSED",
                    id, window.target(), window.endsAt());
            windows.closed(id, next, now);
            return true;
        }
        if (next != WindowStatus.ACTIVE) {
            return false;
        }
        ChangeCommand command = new ChangeCommand(ChangeCommand.SYSTEM_ACTOR, "Maintenance window " + id
                + " booked by " + window.bookedBy() + ": " + window.reason(), window.endsAt(), id);
        String changeId = UUID.randomUUID().toString();
        List<String> entered = new ArrayList<>();
        List<String> already = new ArrayList<>();
        for (LockedCloud cloud : targets(window)) {
            boolean set = enter(window, cloud, command, changeId, now) == WindowEntryRule.Outcome.ENTERED;
            (set ? entered : already).add(cloud.id());
        }
        windows.started(id, WindowStatus.ACTIVE, now);
        outbox.publish(new MaintenanceWindowStarted(id, window.endsAt(), entered, already));
        return true;
    }

    /** Applies {@link WindowEntryRule} to one locked PPC and records the outcome, with the hold it took over. */
    private WindowEntryRule.Outcome enter(MaintenanceWindow window, LockedCloud cloud, ChangeCommand command,
            String changeId, Instant now) {
        FlagHold hold = holds.find(cloud.id(), CloudFlags.MAINTENANCE).orElse(null);
        WindowEntryRule.Outcome outcome = WindowEntryRule.decide(cloud.flags(), hold, window.endsAt());
        FlagHold takenOver = null;
        if (outcome == WindowEntryRule.Outcome.ENTERED) {
            writer.apply(cloud, Flag.MAINTENANCE, true, command, changeId);
        } else if (outcome == WindowEntryRule.Outcome.EXTENDED) {
            holds.handOver(cloud.id(), CloudFlags.MAINTENANCE, window.id(), window.endsAt());
            takenOver = hold;
        }
        // ALREADY_ON: maintenance is someone else's and lasts at least as long; left alone on purpose.
        windows.recordOutcome(window.id(), cloud.id(), outcome, takenOver, now);
        return outcome;
    }

    private List<LockedCloud> targets(MaintenanceWindow window) {
        return window.cloudId() != null
                ? flags.lock(window.cloudId()).map(List::of).orElse(List.of())
                : flags.lockOrg(window.orgId());
    }

    private boolean close(String id, Instant now) {
        MaintenanceWindow window = windows.lockUnlessBusy(id).orElse(null);
        if (window == null || window.status() != WindowStatus.ACTIVE
                || window.status().dueAt(now, window.startsAt(), window.endsAt()) != WindowStatus.ENDED) {
            return false;
        }
        windows.closed(id, WindowStatus.ENDED, now);
        outbox.publish(new MaintenanceWindowEnded(id));
        return true;
    }

    private static void each(List<String> ids, Predicate<String> step, String what) {
        for (String id : ids) {
            try {
                QuarkusTransaction.requiringNew().call(() -> step.test(id));
            } catch (RuntimeException e) {
                LOG.errorf(e, "Could not %s maintenance window %s; the next sweep retries", what, id);
            }
        }
    }
}
