package io.releasetrain.ppcupdater.update;

import io.releasetrain.events.ppc.PpcUpdateFailed;
import io.releasetrain.events.ppc.PpcUpdateStarted;
import io.releasetrain.events.ppc.PpcUpdateSucceeded;
import io.releasetrain.messaging.outbox.Outbox;
import io.releasetrain.ppcupdater.executor.JobKind;
import io.releasetrain.ppcupdater.registry.Ppc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Settles PPC jobs: records the end, tells the fleet on {@code ppc-events} (update jobs; create jobs are
 * announced by the stand-up) and whoever waits on the job through {@link UpdateSettled}, all in the
 * caller's transaction.
 */
@ApplicationScoped
public class UpdateOutcomes {

    private static final Logger LOG = Logger.getLogger(UpdateOutcomes.class);

    private final Outbox outbox;
    private final Event<UpdateSettled> settled;
    private final Clock clock;

    UpdateOutcomes(Outbox outbox, Event<UpdateSettled> settled, Clock clock) {
        this.outbox = outbox;
        this.settled = settled;
        this.clock = clock;
    }

    /** Announces the start of an update job once its build is known. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announceStart(PpcUpdate update, Ppc ppc) {
        if (update.announced || update.jobKind != JobKind.UPDATE) {
            return;
        }
        update.announced = true;
        outbox.publish(new PpcUpdateStarted(update.updateId, update.cloudId, update.version, update.rolloutId,
                update.jobUrl, ppc.name));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void succeed(PpcUpdate update, Ppc ppc) {
        update.state = UpdateState.SUCCEEDED;
        update.updatedAt = clock.instant();
        if (update.jobKind == JobKind.UPDATE) {
            ppc.version = update.version;
            announceStart(update, ppc);
            outbox.publish(new PpcUpdateSucceeded(update.updateId, update.cloudId, update.version, update.rolloutId,
                    ppc.name, update.jobUrl));
        }
        settled.fire(new UpdateSettled(update.updateId, update.cloudId, update.rolloutId, update.jobKind, true, null,
                update.jobUrl));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void fail(PpcUpdate update, Ppc ppc, String reason) {
        LOG.infof("PPC job %s (%s of %s to %s) failed: %s", update.updateId, update.jobKind, ppc.name, update.version,
                reason);
        update.state = UpdateState.FAILED;
        update.reason = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        update.updatedAt = clock.instant();
        if (update.jobKind == JobKind.UPDATE) {
            outbox.publish(new PpcUpdateFailed(update.updateId, update.cloudId, update.version, update.rolloutId,
                    update.reason, ppc.name, update.jobUrl));
        }
        settled.fire(new UpdateSettled(update.updateId, update.cloudId, update.rolloutId, update.jobKind, false,
                update.reason, update.jobUrl));
    }
}
