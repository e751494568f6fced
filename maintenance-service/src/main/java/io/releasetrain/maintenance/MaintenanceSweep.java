package io.releasetrain.maintenance;

import io.quarkus.scheduler.Scheduled;
import io.releasetrain.maintenance.flags.HoldExpiry;
import io.releasetrain.maintenance.window.WindowSweep;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * The timer of maintenance: starts due windows, clears flags whose expiry (or window end) has passed,
 * and marks ended windows, every {@code releasetrain.maintenance.sweep-interval}. Every step is safe
 * to run on several instances at once.
 */
@ApplicationScoped
public class MaintenanceSweep {

    private static final Logger LOG = Logger.getLogger(MaintenanceSweep.class);

    private final WindowSweep windows;
    private final HoldExpiry expiry;
    private final Clock clock;

    MaintenanceSweep(WindowSweep windows, HoldExpiry expiry, Clock clock) {
        this.windows = windows;
        this.expiry = expiry;
        this.clock = clock;
    }

    @Scheduled(identity = "maintenance-sweep", every = "${releasetrain.maintenance.sweep-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void onTimer() {
        try {
            sweep(clock.instant());
        } catch (RuntimeException e) {
            // Reading the due work failed (database unreachable); nothing was half done.
            LOG.warnf("Maintenance sweep failed, retrying at the next interval: %s", e.getMessage());
        }
    }

    /** One pass at {@code now}: windows start before expiries run, so a window that takes a hold over keeps it. */
    void sweep(Instant now) {
        windows.startDue(now);
        expiry.releaseExpired(now);
        windows.closeEnded(now);
    }
}
