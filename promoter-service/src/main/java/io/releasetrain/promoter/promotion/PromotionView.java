package io.releasetrain.promoter.promotion;

import io.releasetrain.events.release.ReleaseManifest;
import java.time.Instant;
import java.util.List;

/** A promotion as the REST API shows it, with its timeline (oldest first) when asked for one promotion. */
public record PromotionView(String id, PromotionState state, String repository, String sourceEnvironment,
        String targetEnvironment, String sourceBranch, String targetBranch, String promotionBranch, String candidateSha,
        String headSha, Integer pullRequestNumber, String pullRequestUrl, String mergeSha, ReleaseManifest manifest,
        Integer commitCount, String compareUrl, boolean requiresApproval, String approvedBy, String trigger,
        String requestedBy, String reason, Instant createdAt, Instant updatedAt, List<Line> timeline) {

    /** One line of the timeline. */
    public record Line(Instant at, PromotionState state, String actor, String detail) {
    }

    static PromotionView of(Promotion p, List<TimelineEntry> timeline) {
        ReleaseManifest manifest = p.ppcVersion == null && p.sdkVersion == null ? null
                : new ReleaseManifest(p.ppcVersion, p.sdkVersion);
        List<Line> lines = timeline == null ? null
                : timeline.stream().map(e -> new Line(e.at, e.state, e.actor, e.detail)).toList();
        return new PromotionView(p.id, p.state, p.repository, p.sourceEnvironment, p.targetEnvironment, p.sourceBranch,
                p.targetBranch, p.promotionBranch, p.candidateSha, p.headSha, p.pullRequestNumber, p.pullRequestUrl,
                p.mergeSha, manifest, p.commitCount, p.compareUrl, p.requiresApproval, p.approvedBy, p.triggerKind,
                p.requestedBy, p.reason, p.createdAt, p.updatedAt, lines);
    }
}
