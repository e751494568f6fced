package io.releasetrain.ppcupdater.rollout.plan;

import java.util.Comparator;
import java.util.List;

/**
 * The rollout's rules, as a pure function of its state: which PPCs start next (within the concurrency
 * limit, never one in maintenance), when a wave is done, when the bake is over, when the failure budget
 * halts the rollout, and when it has ended. Deciding twice from the same state gives the same answer,
 * so a restarted service picks up where it stopped.
 */
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
        long inFlight = rollout.ppcs().stream().filter(p -> p.progress() == PpcProgress.UPDATING).count();
        int slots = (int) Math.max(0, rollout.concurrency() - inFlight);
        List<String> start = rollout.ppcs().stream()
                .filter(p -> p.progress() == PpcProgress.PENDING && p.wave() <= rollout.currentWave() && !p.inMaintenance())
                .sorted(Comparator.comparingInt(RolloutPpcView::position))
                .limit(slots)
                .map(RolloutPpcView::cloudId)
                .toList();
        if (!start.isEmpty() || inFlight > 0 || !waveDone(rollout, rollout.currentWave())) {
            return new RolloutDecision(start, null, null, null, null, null);
        }
        return afterWave(rollout);
    }

    private static RolloutDecision afterWave(RolloutSnapshot rollout) {
        int wave = rollout.currentWave();
        RolloutDecision.WaveTally tally = rollout.wavesAnnounced() <= wave ? tally(rollout, wave) : null;
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
        if (!rollout.ppcs().stream().allMatch(p -> p.progress().settled())) {
            return RolloutDecision.NOTHING;
        }
        int succeeded = count(rollout.ppcs(), PpcProgress.SUCCEEDED);
        int failed = count(rollout.ppcs(), PpcProgress.FAILED);
        int skipped = count(rollout.ppcs(), PpcProgress.SKIPPED);
        if (rollout.phase() == RolloutPhase.FINISHED && failed > 0) {
            return RolloutDecision.NOTHING;
        }
        return new RolloutDecision(List.of(), null, null, null, null,
                new RolloutDecision.Outcome(succeeded, failed, skipped, failed == 0));
    }

    private static String haltReason(RolloutSnapshot rollout) {
        int failed = count(rollout.ppcs(), PpcProgress.FAILED) - rollout.failuresForgiven();
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
    private static boolean waveDone(RolloutSnapshot rollout, int wave) {
        return rollout.ppcs().stream()
                .filter(p -> p.wave() == wave)
                .allMatch(p -> p.progress().settled() || (p.progress() == PpcProgress.PENDING && p.inMaintenance()));
    }

    private static RolloutDecision.WaveTally tally(RolloutSnapshot rollout, int wave) {
        List<RolloutPpcView> ppcs = rollout.ppcs().stream().filter(p -> p.wave() == wave).toList();
        int deferred = (int) ppcs.stream().filter(p -> p.progress() == PpcProgress.PENDING).count();
        return new RolloutDecision.WaveTally(wave, count(ppcs, PpcProgress.SUCCEEDED), count(ppcs, PpcProgress.FAILED),
                count(ppcs, PpcProgress.SKIPPED) + deferred);
    }

    private static int count(List<RolloutPpcView> ppcs, PpcProgress progress) {
        return (int) ppcs.stream().filter(p -> p.progress() == progress).count();
    }
}
