package io.releasetrain.console.live;

import io.releasetrain.events.release.EnvironmentDeployed;
import io.releasetrain.events.release.FreezeChanged;
import io.releasetrain.events.release.PromotionAbandoned;
import io.releasetrain.events.release.PromotionChecksFailed;
import io.releasetrain.events.release.PromotionChecksPassed;
import io.releasetrain.events.release.PromotionCherryPicked;
import io.releasetrain.events.release.PromotionMerged;
import io.releasetrain.events.release.PromotionOpened;
import io.releasetrain.events.release.PromotionScheduled;
import io.releasetrain.events.release.ReleaseEvent;
import io.releasetrain.events.release.ReleasePromoted;
import io.releasetrain.events.release.RollbackFinished;
import io.releasetrain.events.release.RollbackStarted;

/** Sentences for {@code release-events}. */
final class ReleaseSummaries {

    private ReleaseSummaries() {
    }

    static String of(ReleaseEvent event) {
        if (event instanceof PromotionScheduled scheduled) {
            return "Promotion " + scheduled.promotionId() + " " + scheduled.sourceBranch() + " → " + scheduled.targetBranch()
                    + " scheduled (" + scheduled.trigger() + ", by " + scheduled.requestedBy() + ")";
        } else if (event instanceof PromotionOpened opened) {
            return "Promotion " + opened.promotionId() + " to " + opened.targetEnvironment() + " opened pull request #"
                    + opened.pullRequestNumber() + " at " + Shas.shortSha(opened.candidateSha());
        } else if (event instanceof PromotionChecksPassed passed) {
            return "Checks passed for promotion " + passed.promotionId() + " to " + passed.targetEnvironment();
        } else if (event instanceof PromotionChecksFailed failed) {
            return "Checks failed for promotion " + failed.promotionId() + " to " + failed.targetEnvironment() + ": "
                    + String.join(", ", failed.failedChecks());
        } else if (event instanceof PromotionCherryPicked picked) {
            return picked.requestedBy() + " took " + picked.commitShas().size() + " fix(es) into promotion "
                    + picked.promotionId() + ": " + picked.reason();
        } else if (event instanceof PromotionMerged merged) {
            return "Promotion " + merged.promotionId() + " to " + merged.targetEnvironment() + " merged as "
                    + Shas.shortSha(merged.mergeCommitSha()) + " by " + merged.mergedBy();
        } else if (event instanceof PromotionAbandoned abandoned) {
            return abandoned.abandonedBy() + " abandoned promotion " + abandoned.promotionId() + " to "
                    + abandoned.targetEnvironment() + ": " + abandoned.reason();
        } else if (event instanceof EnvironmentDeployed deployed) {
            return deployed.environment() + " deployed " + Shas.shortSha(deployed.sha());
        } else if (event instanceof ReleasePromoted promoted) {
            return "Release " + Shas.shortSha(promoted.sha()) + " verified on " + promoted.environment();
        } else if (event instanceof RollbackStarted started) {
            return started.requestedBy() + " started rolling " + started.environment() + " back to "
                    + Shas.shortSha(started.toSha()) + ": " + started.reason();
        } else if (event instanceof RollbackFinished finished) {
            return "Rollback of " + finished.environment() + (finished.succeeded() ? " finished" : " failed")
                    + " at " + Shas.shortSha(finished.toSha());
        } else if (event instanceof FreezeChanged freeze) {
            return freeze.changedBy() + (freeze.frozen() ? " froze " : " unfroze ") + freeze.environment()
                    + (freeze.reason() == null ? "" : ": " + freeze.reason());
        }
        return event.getClass().getSimpleName() + " " + event.subject();
    }
}
