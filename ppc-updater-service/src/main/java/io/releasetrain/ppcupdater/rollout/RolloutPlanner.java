package io.releasetrain.ppcupdater.rollout;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.releasetrain.events.ppc.PpcFailure;
import io.releasetrain.events.ppc.ReleaseCompleted;
import io.releasetrain.events.ppc.RolloutFinished;
import io.releasetrain.events.ppc.RolloutHalted;
import io.releasetrain.events.ppc.RolloutWaveDone;
import io.releasetrain.messaging.outbox.Outbox;
import io.releasetrain.ppcupdater.registry.Ppc;
import io.releasetrain.ppcupdater.rollout.plan.FailureBudget;
import io.releasetrain.ppcupdater.rollout.plan.PpcProgress;
import io.releasetrain.ppcupdater.rollout.plan.RolloutDecision;
import io.releasetrain.ppcupdater.rollout.plan.RolloutPhase;
import io.releasetrain.ppcupdater.rollout.plan.RolloutPpcs;
import io.releasetrain.ppcupdater.rollout.plan.RolloutSnapshot;
import io.releasetrain.ppcupdater.rollout.plan.RolloutStep;
import io.releasetrain.ppcupdater.update.PpcUpdate;
import io.releasetrain.ppcupdater.update.UpdateScheduler;
import io.releasetrain.ppcupdater.update.UpdateSettled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Advances rollouts by the rules of {@link RolloutStep}. Each rollout is advanced in one transaction that
 * holds its row locked, so two instances never start the same PPC, and a restart resumes from the rows.
 */
@ApplicationScoped
public class RolloutPlanner {

    static final String TRAIN = "release-train";
    private static final List<RolloutPhase> MOVING = List.of(RolloutPhase.RUNNING, RolloutPhase.FINISHED);

    private final UpdateScheduler updates;
    private final Outbox outbox;
    private final Clock clock;

    RolloutPlanner(UpdateScheduler updates, Outbox outbox, Clock clock) {
        this.updates = updates;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Advances every running rollout as far as it goes now. */
    public void advanceAll() {
        List<String> ids = QuarkusTransaction.requiringNew().call(() -> Rollout.<Rollout>list("state in ?1", MOVING)
                .stream().map(r -> r.rolloutId).toList());
        ids.forEach(id -> QuarkusTransaction.requiringNew().run(() -> advance(id)));
    }

    private void advance(String rolloutId) {
        Rollout rollout = Rollout.locked(rolloutId);
        // A few rounds: a wave that ends may let the next start in the same pass.
        for (int round = 0; round < 4 && MOVING.contains(rollout.state); round++) {
            List<RolloutPpc> ppcs = RolloutPpc.list("rolloutId", rolloutId);
            Map<String, Ppc> fleet = fleetOf(ppcs);
            RolloutDecision decision = RolloutStep.decide(snapshot(rollout, ppcs, fleet));
            if (!decision.changesSomething()) {
                return;
            }
            apply(rollout, decision, ppcs, fleet);
        }
    }

    private RolloutSnapshot snapshot(Rollout rollout, List<RolloutPpc> ppcs, Map<String, Ppc> fleet) {
        RolloutPpcs table = RolloutPpcs.withCapacity(ppcs.size());
        ppcs.stream().sorted(Comparator.comparingInt(p -> p.position)).forEach(p -> table.add(p.cloudId, p.wave, p.state,
                fleet.containsKey(p.cloudId) && fleet.get(p.cloudId).inMaintenance()));
        return new RolloutSnapshot(rollout.state, rollout.currentWave, rollout.waveCount, rollout.wavesAnnounced,
                rollout.bakeUntil, Duration.ofSeconds(rollout.bakeSeconds), rollout.concurrency,
                new FailureBudget(rollout.failureBudget), rollout.failuresForgiven, table, clock.instant());
    }

    private void apply(Rollout rollout, RolloutDecision decision, List<RolloutPpc> ppcs, Map<String, Ppc> fleet) {
        Instant now = clock.instant();
        Map<String, RolloutPpc> byCloud = ppcs.stream().collect(Collectors.toMap(p -> p.cloudId, Function.identity()));
        for (String cloudId : decision.start()) {
            RolloutPpc ppc = byCloud.get(cloudId);
            PpcUpdate update = updates.scheduleUpdate(fleet.get(cloudId), rollout.version, rollout.sdkVersion,
                    rollout.rolloutId, "rollout:" + rollout.rolloutId);
            ppc.state = PpcProgress.UPDATING;
            ppc.updateId = update.updateId;
            ppc.attempts++;
            ppc.reason = null;
            ppc.updatedAt = now;
        }
        if (decision.waveDone() != null) {
            RolloutDecision.WaveTally tally = decision.waveDone();
            outbox.publish(new RolloutWaveDone(rollout.rolloutId, tally.wave(), tally.succeeded(), tally.failed(),
                    tally.skipped()));
            rollout.wavesAnnounced = tally.wave() + 1;
        }
        if (decision.bakeUntil() != null) {
            rollout.bakeUntil = decision.bakeUntil();
        }
        if (decision.advanceTo() != null) {
            rollout.currentWave = decision.advanceTo();
            rollout.bakeUntil = null;
        }
        if (decision.haltReason() != null) {
            halt(rollout, decision.haltReason(), TRAIN, ppcs, fleet);
        }
        if (decision.outcome() != null) {
            finish(rollout, decision.outcome());
        }
        rollout.updatedAt = now;
    }

    /** Halts (or pauses) a rollout, announcing which PPCs failed so far and why. */
    void halt(Rollout rollout, String reason, String by, List<RolloutPpc> ppcs, Map<String, Ppc> fleet) {
        rollout.state = TRAIN.equals(by) ? RolloutPhase.HALTED : rollout.state;
        rollout.haltReason = reason;
        List<PpcFailure> failures = ppcs.stream().filter(p -> p.state == PpcProgress.FAILED)
                .map(p -> new PpcFailure(p.cloudId, fleet.containsKey(p.cloudId) ? fleet.get(p.cloudId).name : p.cloudId,
                        p.reason == null ? "unknown" : p.reason, jobUrl(p.updateId)))
                .toList();
        outbox.publish(new RolloutHalted(rollout.rolloutId, reason, by, failures));
    }

    private void finish(Rollout rollout, RolloutDecision.Outcome outcome) {
        if (rollout.state != RolloutPhase.FINISHED) {
            outbox.publish(new RolloutFinished(rollout.rolloutId, outcome.succeeded(), outcome.failed(), outcome.skipped()));
        }
        rollout.state = outcome.complete() ? RolloutPhase.COMPLETED : RolloutPhase.FINISHED;
        if (outcome.complete()) {
            outbox.publish(new ReleaseCompleted(rollout.rolloutId, rollout.version, rollout.releaseSha,
                    outcome.succeeded(), outcome.skipped()));
        }
    }

    /** The end of a rollout's PPC update: the PPC's progress follows it. In the runner's transaction. */
    void onUpdateSettled(@Observes UpdateSettled settled) {
        if (settled.rolloutId() == null) {
            return;
        }
        RolloutPpc ppc = RolloutPpc.find("rolloutId = ?1 and cloudId = ?2", settled.rolloutId(), settled.cloudId())
                .firstResult();
        if (ppc == null || !settled.updateId().equals(ppc.updateId) || ppc.state != PpcProgress.UPDATING) {
            return;
        }
        ppc.state = settled.succeeded() ? PpcProgress.SUCCEEDED : PpcProgress.FAILED;
        ppc.reason = settled.reason();
        ppc.updatedAt = clock.instant();
    }

    static Map<String, Ppc> fleetOf(List<RolloutPpc> ppcs) {
        List<String> ids = ppcs.stream().map(p -> p.cloudId).toList();
        return ids.isEmpty() ? Map.of() : Ppc.<Ppc>list("cloudId in ?1", ids).stream()
                .collect(Collectors.toMap(p -> p.cloudId, Function.identity()));
    }

    private static String jobUrl(String updateId) {
        if (updateId == null) {
            return null;
        }
        PpcUpdate update = PpcUpdate.findById(updateId);
        return update == null ? null : update.jobUrl;
    }
}
