package io.releasetrain.promoter.promotion;

import io.releasetrain.events.release.EnvironmentDeployed;
import io.releasetrain.events.release.EnvironmentDeploying;
import io.releasetrain.events.release.PromotionAbandoned;
import io.releasetrain.events.release.PromotionApproved;
import io.releasetrain.events.release.PromotionAwaitingApproval;
import io.releasetrain.events.release.PromotionChecksFailed;
import io.releasetrain.events.release.PromotionChecksPassed;
import io.releasetrain.events.release.PromotionMerged;
import io.releasetrain.events.release.PromotionNothingToPromote;
import io.releasetrain.events.release.PromotionOpened;
import io.releasetrain.events.release.PromotionScheduled;
import io.releasetrain.events.release.PromotionTrigger;
import io.releasetrain.events.release.ReleaseManifest;
import io.releasetrain.events.release.ReleasePromoted;
import java.util.List;

/** The release events of a promotion, mapped explicitly from its row. */
final class PromotionEvents {

    private PromotionEvents() {
    }

    static PromotionScheduled scheduled(Promotion p) {
        return new PromotionScheduled(p.id, p.sourceBranch, p.targetBranch, p.targetEnvironment,
                PromotionTrigger.valueOf(p.triggerKind), p.requestedBy, p.candidateSha);
    }

    static PromotionOpened opened(Promotion p) {
        return new PromotionOpened(p.id, p.targetEnvironment, p.repository, p.pullRequestNumber, p.pullRequestUrl,
                p.candidateSha, p.sourceBranch, p.targetBranch, manifest(p), p.commitCount, p.compareUrl);
    }

    static PromotionNothingToPromote nothingToPromote(Promotion p) {
        return new PromotionNothingToPromote(p.id, p.targetEnvironment, p.sourceBranch, p.targetBranch, p.candidateSha);
    }

    static PromotionChecksPassed checksPassed(Promotion p) {
        return new PromotionChecksPassed(p.id, p.targetEnvironment, p.headSha);
    }

    static PromotionChecksFailed checksFailed(Promotion p, List<String> failed, String url) {
        return new PromotionChecksFailed(p.id, p.targetEnvironment, p.headSha, failed, url);
    }

    static PromotionAwaitingApproval awaitingApproval(Promotion p) {
        return new PromotionAwaitingApproval(p.id, p.targetEnvironment, p.headSha, p.pullRequestUrl);
    }

    static PromotionApproved approved(Promotion p, String reason) {
        return new PromotionApproved(p.id, p.targetEnvironment, p.headSha, p.approvedBy, reason);
    }

    static PromotionMerged merged(Promotion p, String mergedBy) {
        return new PromotionMerged(p.id, p.targetEnvironment, p.headSha, p.mergeSha, mergedBy);
    }

    static EnvironmentDeploying deploying(Promotion p) {
        return new EnvironmentDeploying(p.id, p.targetEnvironment, p.targetBranch, p.mergeSha, p.deployBuildUrl);
    }

    static EnvironmentDeployed deployed(Promotion p) {
        return new EnvironmentDeployed(p.targetEnvironment, p.targetBranch, p.mergeSha, p.deployBuildUrl, p.id, manifest(p));
    }

    static ReleasePromoted promoted(Promotion p, String verifiedBy) {
        return new ReleasePromoted(p.id, p.targetEnvironment, p.mergeSha, verifiedBy, manifest(p));
    }

    static PromotionAbandoned abandoned(Promotion p, String by, String reason) {
        return new PromotionAbandoned(p.id, p.targetEnvironment, by, reason);
    }

    private static ReleaseManifest manifest(Promotion p) {
        return p.ppcVersion == null && p.sdkVersion == null ? null : new ReleaseManifest(p.ppcVersion, p.sdkVersion);
    }
}
