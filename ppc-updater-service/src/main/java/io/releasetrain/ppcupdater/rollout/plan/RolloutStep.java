package io.releasetrain.ppcupdater.rollout.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * The rollout's rules, as a pure function of its state: which PPCs start next (within the concurrency
 * limit, never one in maintenance), when a wave is done, when the bake is over, when the failure budget
 * halts the rollout, and when it has ended. Deciding twice from the same state gives the same answer,
 * so a restarted service picks up where it stopped.
 */
/* Each decision is a few passes over the rollout's PPCs, allocating nothing per PPC. */
public final class RolloutStep {

    private RolloutStep() {
    }

    /** What to do now. */
    public static RolloutDecision decide(RolloutSnapshot rollout) {
        if (rollout.phase() == RolloutPhase.FINISHED) {
            return settledOutcome(rollout);
        }
        if (rollout.phase() != RolloutPhase.RUNNING) {
            return RolloutDecision.NOTHING;
        }
        String halt = haltReason(rollout);
        if (halt != null) {
            return new RolloutDecision(List.of(), null, null, null, halt, null);
        }
        RolloutPpcs ppcs = rollout.ppcs();
        int inFlight = ppcs.count(PpcProgress.UPDATING);
        int slots = Math.max(0, rollout.concurrency() - inFlight);
        List<String> start = new ArrayList<>(Math.min(slots, ppcs.size()));
        for (int i = 0; i < ppcs.size() && start.size() < slots; i++) {
            if (ppcs.progress(i) == PpcProgress.PENDING && ppcs.wave(i) <= rollout.currentWave() && !ppcs.inMaintenance(i)) {
                start.add(ppcs.cloudId(i));
            }
        }
        if (!start.isEmpty() || inFlight > 0 || !waveDone(ppcs, rollout.currentWave())) {
            return new RolloutDecision(List.copyOf(start), null, null, null, null, null);
        }
        return afterWave(rollout);
    }

    private static RolloutDecision afterWave(RolloutSnapshot rollout) {
        int wave = rollout.currentWave();
        RolloutDecision.WaveTally tally = rollout.wavesAnnounced() <= wave ? tally(rollout.ppcs(), wave) : null;
        if (wave < rollout.waveCount() - 1) {
            boolean bakeOver = rollout.bakeTime().isZero()
                    || (rollout.bakeUntil() != null && !rollout.now().isBefore(rollout.bakeUntil()));
            if (bakeOver) {
                return new RolloutDecision(List.of(), tally, null, wave + 1, null, null);
            }
            if (rollout.bakeUntil() == null) {
                return new RolloutDecision(List.of(), tally, rollout.now().plus(rollout.bakeTime()), null, null, null);
            }
            return tally == null ? RolloutDecision.NOTHING : new RolloutDecision(List.of(), tally, null, null, null, null);
        }
        RolloutDecision settled = settledOutcome(rollout);
        return tally == null ? settled
                : new RolloutDecision(List.of(), tally, null, null, null, settled.outcome());
    }

    /** The rollout's end once every PPC settled (PPCs waiting for maintenance keep it open). */
    private static RolloutDecision settledOutcome(RolloutSnapshot rollout) {
        RolloutPpcs ppcs = rollout.ppcs();
        for (int i = 0; i < ppcs.size(); i++) {
            if (!ppcs.progress(i).settled()) {
                return RolloutDecision.NOTHING;
            }
        }
        int succeeded = ppcs.count(PpcProgress.SUCCEEDED);
        int failed = ppcs.count(PpcProgress.FAILED);
        int skipped = ppcs.count(PpcProgress.SKIPPED);
        if (rollout.phase() == RolloutPhase.FINISHED && failed > 0) {
            return RolloutDecision.NOTHING;
        }
        return new RolloutDecision(List.of(), null, null, null, null,
                new RolloutDecision.Outcome(succeeded, failed, skipped, failed == 0));
    }

    private static String haltReason(RolloutSnapshot rollout) {
        int failed = rollout.ppcs().count(PpcProgress.FAILED) - rollout.failuresForgiven();
        if (failed <= 0) {
            return null;
        }
        if (rollout.currentWave() == 0 && rollout.waveCount() > 1) {
            return "the canary wave failed: " + failed + " PPC(s) failed to update";
        }
        if (rollout.budget().exceededBy(failed)) {
            return "failure budget exceeded: " + failed + " PPC(s) failed, " + rollout.budget().allowed() + " allowed";
        }
        return null;
    }

    /** A wave is done when each of its PPCs settled or waits for maintenance to end. */
    private static boolean waveDone(RolloutPpcs ppcs, int wave) {
        for (int i = 0; i < ppcs.size(); i++) {
            if (ppcs.wave(i) == wave && !ppcs.progress(i).settled()
                    && !(ppcs.progress(i) == PpcProgress.PENDING && ppcs.inMaintenance(i))) {
                return false;
            }
        }
        return true;
    }

    private static RolloutDecision.WaveTally tally(RolloutPpcs ppcs, int wave) {
        return new RolloutDecision.WaveTally(wave, ppcs.count(PpcProgress.SUCCEEDED, wave),
                ppcs.count(PpcProgress.FAILED, wave),
                ppcs.count(PpcProgress.SKIPPED, wave) + ppcs.count(PpcProgress.PENDING, wave));
    }
}
