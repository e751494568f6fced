package io.releasetrain.ppcupdater.update;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Moves every due PPC job one step: starts pending ones, polls running ones, checks health. A job is
 * taken with a lease (its next check pushed out by a conditional update), so several instances never work
 * on one job at once, and one that crashed mid-step leaves the job to be taken again when the lease ends.
 */
@ApplicationScoped
public class UpdateRunner {

    private static final Logger LOG = Logger.getLogger(UpdateRunner.class);
    private static final List<UpdateState> ACTIVE =
            List.of(UpdateState.PENDING, UpdateState.TRIGGERING, UpdateState.RUNNING, UpdateState.CHECKING);

    private final UpdateSteps steps;
    private final UpdateConfig config;
    private final Clock clock;

    UpdateRunner(UpdateSteps steps, UpdateConfig config, Clock clock) {
        this.steps = steps;
        this.config = config;
        this.clock = clock;
    }

    /** One pass over the due jobs; returns how many were worked on. */
    public int runDue() {
        List<String> taken = QuarkusTransaction.requiringNew().call(this::takeDue);
        for (String updateId : taken) {
            try {
                steps.step(updateId);
            } catch (RuntimeException e) {
                LOG.errorf(e, "PPC job %s: a step failed; it is tried again when its lease ends", updateId);
            }
        }
        return taken.size();
    }

    private List<String> takeDue() {
        Instant now = clock.instant();
        List<PpcUpdate> due = PpcUpdate.find("state in ?1 and nextCheckAt <= ?2 order by nextCheckAt", ACTIVE, now)
                .page(0, config.batchSize()).list();
        List<String> taken = new ArrayList<>(due.size());
        Instant leaseEnd = now.plus(config.lease());
        for (PpcUpdate update : due) {
            int claimed = PpcUpdate.update("nextCheckAt = ?1 where updateId = ?2 and nextCheckAt = ?3", leaseEnd,
                    update.updateId, update.nextCheckAt);
            if (claimed == 1) {
                taken.add(update.updateId);
            }
        }
        return taken;
    }
}
