package io.releasetrain.console.live;

import io.releasetrain.events.ppc.PpcChanged;
import io.releasetrain.events.ppc.PpcEvent;
import io.releasetrain.events.ppc.PpcRegistered;
import io.releasetrain.events.ppc.PpcRetired;
import io.releasetrain.events.ppc.PpcUpdateFailed;
import io.releasetrain.events.ppc.PpcUpdateStarted;
import io.releasetrain.events.ppc.PpcUpdateSucceeded;
import io.releasetrain.events.ppc.PpcUpdatesWithheld;
import io.releasetrain.events.ppc.ReleaseCompleted;
import io.releasetrain.events.ppc.RolloutAwaitingApproval;
import io.releasetrain.events.ppc.RolloutFinished;
import io.releasetrain.events.ppc.RolloutHalted;
import io.releasetrain.events.ppc.RolloutResumed;
import io.releasetrain.events.ppc.RolloutStarted;
import io.releasetrain.events.ppc.RolloutWaveDone;

/** Sentences for {@code ppc-events}. */
final class PpcSummaries {

    private PpcSummaries() {
    }

    static String of(PpcEvent event) {
        if (event instanceof PpcChanged changed) {
            return (changed.changedBy() == null ? "The train" : changed.changedBy()) + " changed PPC " + changed.name()
                    + " (" + changed.change() + ")" + (changed.reason() == null ? "" : ": " + changed.reason());
        } else if (event instanceof PpcUpdatesWithheld withheld) {
            return "No PPC update for " + withheld.environment() + " " + Shas.shortSha(withheld.sha()) + ": "
                    + withheld.reason();
        } else if (event instanceof RolloutAwaitingApproval awaiting) {
            return "Rollout " + awaiting.rolloutId() + " of " + awaiting.version() + " (" + awaiting.totalPpcs()
                    + " PPCs in " + awaiting.waves() + " waves) waits for approval";
        } else if (event instanceof RolloutResumed resumed) {
            return resumed.resumedBy() + " resumed rollout " + resumed.rolloutId() + ": " + resumed.reason();
        } else if (event instanceof ReleaseCompleted completed) {
            return "Release " + completed.version() + " complete: " + completed.updated() + " PPCs updated, "
                    + completed.skipped() + " skipped";
        }
        return fleet(event);
    }

    private static String fleet(PpcEvent event) {
        if (event instanceof PpcRegistered registered) {
            return "PPC " + registered.name() + " (" + registered.kind() + ") joined the fleet for organisation "
                    + registered.orgId();
        } else if (event instanceof PpcRetired retired) {
            return retired.retiredBy() + " retired PPC " + retired.cloudId() + ": " + retired.reason();
        } else if (event instanceof PpcUpdateStarted started) {
            return "PPC " + name(started.ppcName(), started.cloudId()) + " updating to " + started.version();
        } else if (event instanceof PpcUpdateSucceeded succeeded) {
            return "PPC " + succeeded.cloudId() + " updated to " + succeeded.version();
        } else if (event instanceof PpcUpdateFailed failed) {
            return "PPC " + name(failed.ppcName(), failed.cloudId()) + " failed to update to " + failed.version() + ": " + failed.reason();
        } else if (event instanceof RolloutStarted started) {
            return "Rollout " + started.rolloutId() + " of " + started.version() + " started: " + started.totalPpcs()
                    + " PPCs in " + started.waves() + " waves";
        } else if (event instanceof RolloutWaveDone wave) {
            return "Rollout " + wave.rolloutId() + " wave " + wave.wave() + " done: " + wave.succeeded() + " updated, "
                    + wave.failed() + " failed, " + wave.skipped() + " skipped";
        } else if (event instanceof RolloutHalted halted) {
            return "Rollout " + halted.rolloutId() + " halted" + (halted.haltedBy() == null ? "" : " by " + halted.haltedBy())
                    + ": " + halted.reason();
        } else if (event instanceof RolloutFinished finished) {
            return "Rollout " + finished.rolloutId() + " finished: " + finished.succeeded() + " updated, "
                    + finished.failed() + " failed, " + finished.skipped() + " skipped";
        }
        return event.getClass().getSimpleName() + " " + event.subject();
    }

    private static String name(String name, String cloudId) {
        return name == null ? cloudId : name;
    }
}
