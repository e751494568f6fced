package io.releasetrain.ppcupdater.rollout;

import io.releasetrain.events.ppc.RolloutHalted;
import io.releasetrain.events.ppc.RolloutResumed;
import io.releasetrain.messaging.outbox.Outbox;
import io.releasetrain.ppcupdater.rollout.plan.PpcProgress;
import io.releasetrain.ppcupdater.rollout.plan.RolloutPhase;
import io.releasetrain.ppcupdater.update.UpdateScheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * What on-call does to a rollout: approve, pause, resume, abort, supersede, and retry or skip one PPC.
 * Each is recorded with who and why and announced on {@code ppc-events}.
 */
@ApplicationScoped
public class RolloutControl {

    private final RolloutPlanning planning;
    private final RolloutPlanner planner;
    private final UpdateScheduler updates;
    private final Outbox outbox;
    private final Clock clock;

    RolloutControl(RolloutPlanning planning, RolloutPlanner planner, UpdateScheduler updates, Outbox outbox,
            Clock clock) {
        this.planning = planning;
        this.planner = planner;
        this.updates = updates;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Rollout approve(String rolloutId, String actor, String reason) {
        Rollout rollout = locked(rolloutId, Set.of(RolloutPhase.AWAITING_APPROVAL), "approved");
        planning.start(rollout, actor);
        return rollout;
    }

    @Transactional
    public Rollout pause(String rolloutId, String actor, String reason) {
        Rollout rollout = locked(rolloutId, Set.of(RolloutPhase.RUNNING), "paused");
        rollout.state = RolloutPhase.PAUSED;
        haltAnnounced(rollout, "paused by " + actor + ": " + reason, actor);
        return rollout;
    }

    @Transactional
    public Rollout resume(String rolloutId, String actor, String reason) {
        Rollout rollout = locked(rolloutId, Set.of(RolloutPhase.PAUSED, RolloutPhase.HALTED), "resumed");
        // Resuming a halted rollout accepts the failures so far; new ones count against the budget again.
        rollout.failuresForgiven = (int) RolloutPpc.count("rolloutId = ?1 and state = ?2", rolloutId, PpcProgress.FAILED);
        rollout.state = RolloutPhase.RUNNING;
        rollout.haltReason = null;
        touch(rollout);
        outbox.publish(new RolloutResumed(rolloutId, actor, reason));
        return rollout;
    }

    @Transactional
    public Rollout abort(String rolloutId, String actor, String reason) {
        Rollout rollout = locked(rolloutId, Set.of(RolloutPhase.AWAITING_APPROVAL, RolloutPhase.QUEUED,
                RolloutPhase.RUNNING, RolloutPhase.PAUSED, RolloutPhase.HALTED, RolloutPhase.FINISHED), "aborted");
        stop(rollout, RolloutPhase.ABORTED, "aborted by " + actor + ": " + reason, actor);
        return rollout;
    }

    /** Starts a QUEUED rollout, superseding the unfinished one before it. */
    @Transactional
    public Rollout supersede(String rolloutId, String actor, String reason) {
        Rollout rollout = locked(rolloutId, Set.of(RolloutPhase.QUEUED), "started in place of the earlier rollout");
        for (Rollout earlier : Rollout.<Rollout>list("state in ?1", RolloutPlanning.unfinishedPhases())) {
            stop(earlier, RolloutPhase.SUPERSEDED, "superseded by rollout " + rolloutId + " of " + rollout.version
                    + " (" + actor + ": " + reason + ")", actor);
        }
        planning.open(rollout, actor);
        return rollout;
    }

    /** Gives a failed PPC another update in this rollout. */
    @Transactional
    public Rollout retry(String rolloutId, String cloudId, String actor, String reason) {
        Rollout rollout = locked(rolloutId, Set.of(RolloutPhase.RUNNING, RolloutPhase.PAUSED, RolloutPhase.HALTED,
                RolloutPhase.FINISHED), "retried");
        RolloutPpc ppc = member(rolloutId, cloudId, Set.of(PpcProgress.FAILED), "retried");
        ppc.state = PpcProgress.PENDING;
        decided(ppc, actor, "retry requested: " + reason);
        forgiveOne(rollout);
        if (rollout.state == RolloutPhase.FINISHED) {
            rollout.state = RolloutPhase.RUNNING;
        }
        touch(rollout);
        return rollout;
    }

    /** Leaves a PPC out of this rollout, by a person's decision. */
    @Transactional
    public Rollout skip(String rolloutId, String cloudId, String actor, String reason) {
        Rollout rollout = locked(rolloutId, Set.of(RolloutPhase.AWAITING_APPROVAL, RolloutPhase.RUNNING,
                RolloutPhase.PAUSED, RolloutPhase.HALTED, RolloutPhase.FINISHED), "changed");
        RolloutPpc ppc = member(rolloutId, cloudId, Set.of(PpcProgress.PENDING, PpcProgress.FAILED), "skipped");
        if (ppc.state == PpcProgress.FAILED) {
            forgiveOne(rollout);
        }
        ppc.state = PpcProgress.SKIPPED;
        decided(ppc, actor, "skipped: " + reason);
        touch(rollout);
        return rollout;
    }

    private void stop(Rollout rollout, RolloutPhase end, String why, String actor) {
        rollout.state = end;
        updates.cancelPending(rollout.rolloutId);
        haltAnnounced(rollout, why, actor);
    }

    private void haltAnnounced(Rollout rollout, String why, String actor) {
        List<RolloutPpc> ppcs = RolloutPpc.list("rolloutId", rollout.rolloutId);
        planner.halt(rollout, why, actor, ppcs, RolloutPlanner.fleetOf(ppcs));
        touch(rollout);
    }

    private static void forgiveOne(Rollout rollout) {
        rollout.failuresForgiven = Math.max(0, rollout.failuresForgiven - 1);
    }

    private void decided(RolloutPpc ppc, String actor, String reason) {
        ppc.decidedBy = actor;
        ppc.reason = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        ppc.updatedAt = clock.instant();
    }

    private void touch(Rollout rollout) {
        rollout.updatedAt = clock.instant();
    }

    private static Rollout locked(String rolloutId, Set<RolloutPhase> allowed, String verb) {
        Rollout rollout = Rollout.locked(rolloutId);
        if (rollout == null) {
            throw new NotFoundException("No rollout '" + rolloutId + "'");
        }
        if (!allowed.contains(rollout.state)) {
            throw new RolloutConflictException("Rollout " + rolloutId + " is " + rollout.state + "; it can be " + verb
                    + " only when " + allowed);
        }
        return rollout;
    }

    private static RolloutPpc member(String rolloutId, String cloudId, Set<PpcProgress> allowed, String verb) {
        RolloutPpc ppc = RolloutPpc.find("rolloutId = ?1 and cloudId = ?2", rolloutId, cloudId).firstResult();
        if (ppc == null) {
            throw new NotFoundException("PPC '" + cloudId + "' is not part of rollout '" + rolloutId + "'");
        }
        if (!allowed.contains(ppc.state)) {
            throw new RolloutConflictException("PPC " + cloudId + " is " + ppc.state + " in rollout " + rolloutId
                    + "; it can be " + verb + " only when " + allowed);
        }
        return ppc;
    }
}
