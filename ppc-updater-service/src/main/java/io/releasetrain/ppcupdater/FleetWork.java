package io.releasetrain.ppcupdater;

import io.quarkus.scheduler.Scheduled;
import io.releasetrain.ppcupdater.rollout.RolloutPlanner;
import io.releasetrain.ppcupdater.update.UpdateRunner;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The fleet's heartbeat: advance rollouts (start the PPCs they may), then move every due PPC job one
 * step, then advance rollouts again with what the jobs settled. Everything it acts on is in the database,
 * so a restarted (or second) instance carries on where another stopped.
 */
@ApplicationScoped
public class FleetWork {

    private final RolloutPlanner rollouts;
    private final UpdateRunner updates;

    FleetWork(RolloutPlanner rollouts, UpdateRunner updates) {
        this.rollouts = rollouts;
        this.updates = updates;
    }

    @Scheduled(every = "${releasetrain.updates.tick-interval:5s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        tick();
    }

    /** One pass; returns how many PPC jobs were worked on. */
    public int tick() {
        rollouts.advanceAll();
        int worked = updates.runDue();
        rollouts.advanceAll();
        return worked;
    }
}
