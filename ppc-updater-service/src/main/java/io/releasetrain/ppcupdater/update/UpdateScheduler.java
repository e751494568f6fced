package io.releasetrain.ppcupdater.update;

import io.releasetrain.ppcupdater.executor.JobKind;
import io.releasetrain.ppcupdater.registry.Ppc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Plans PPC jobs: writes them down as PENDING; the {@link UpdateRunner} starts and follows them. */
@ApplicationScoped
public class UpdateScheduler {

    private final Clock clock;

    UpdateScheduler(Clock clock) {
        this.clock = clock;
    }

    /**
     * Plans an update of {@code ppc} to {@code version}. A service PPC's update that has not started yet is
     * replaced: only the newest deployment's version matters.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PpcUpdate scheduleUpdate(Ppc ppc, String version, String sdkVersion, String rolloutId, String triggerRef) {
        if (rolloutId == null) {
            PpcUpdate.update("state = ?1, updatedAt = ?2 where cloudId = ?3 and rolloutId is null and state = ?4 "
                    + "and jobKind = ?5", UpdateState.SUPERSEDED, clock.instant(), ppc.cloudId, UpdateState.PENDING,
                    JobKind.UPDATE);
        }
        return schedule(ppc.cloudId, JobKind.UPDATE, version, sdkVersion, rolloutId, triggerRef);
    }

    /** Plans a job of any kind. */
    @Transactional(Transactional.TxType.MANDATORY)
    public PpcUpdate schedule(String cloudId, JobKind kind, String version, String sdkVersion, String rolloutId,
            String triggerRef) {
        Instant now = clock.instant();
        PpcUpdate update = new PpcUpdate();
        update.updateId = UUID.randomUUID().toString();
        update.cloudId = cloudId;
        update.rolloutId = rolloutId;
        update.jobKind = kind;
        update.version = version;
        update.sdkVersion = sdkVersion;
        update.triggerRef = triggerRef;
        update.state = UpdateState.PENDING;
        update.nextCheckAt = now;
        update.createdAt = now;
        update.updatedAt = now;
        update.persist();
        return update;
    }

    /** Cancels the jobs of a rollout that have not started. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int cancelPending(String rolloutId) {
        return PpcUpdate.update("state = ?1, updatedAt = ?2 where rolloutId = ?3 and state = ?4", UpdateState.CANCELLED,
                clock.instant(), rolloutId, UpdateState.PENDING);
    }
}
