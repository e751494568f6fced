package io.releasetrain.console.promotion;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * A promotion as promoter-service shows it ({@code GET /promotions/{id}}); {@code timeline} is empty in lists.
 *
 * @param state REQUESTED, PULL_REQUEST_OPEN, CHECKS_PENDING, CHECKS_PASSED, CHECKS_FAILED, AWAITING_APPROVAL,
 *              APPROVED, MERGED, DEPLOYING, DEPLOYED, VERIFIED, ABANDONED or NOTHING_TO_PROMOTE
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Promotion(String id, String state, String repository, String sourceEnvironment, String targetEnvironment,
        String sourceBranch, String targetBranch, String promotionBranch, String candidateSha, String headSha,
        Integer pullRequestNumber, String pullRequestUrl, String mergeSha, Manifest manifest, Integer commitCount,
        String compareUrl, boolean requiresApproval, String approvedBy, String trigger, String requestedBy,
        String reason, Instant createdAt, Instant updatedAt, List<Line> timeline) {

    public Promotion {
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
    }

    /** The PPC and SDK versions found at the candidate. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Manifest(String ppcVersion, String sdkVersion) {
    }

    /** One line of the timeline. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(Instant at, String state, String actor, String detail) {

        /** The detail as text and links (build and pull request URLs become links). */
        public List<Linked.Part> parts() {
            return Linked.parts(detail);
        }
    }

    /** What a person may do to it in its state; the role is checked separately ({@code Permissions}). */
    public List<PromotionAction> actions() {
        return PromotionAction.forState(state);
    }

    /** Whether it carries a rollback: promoter-service promotes a rolled-back environment into itself. */
    public boolean rollback() {
        return sourceEnvironment != null && sourceEnvironment.equals(targetEnvironment);
    }

    /** The CI builds and other pages its timeline links to, oldest first. */
    public List<String> links() {
        return timeline.stream().flatMap(l -> l.parts().stream()).filter(Linked.Part::link).map(Linked.Part::text)
                .filter(url -> !url.equals(pullRequestUrl)).distinct().toList();
    }

    public String shortCandidate() {
        return shortSha(candidateSha);
    }

    public String shortMerge() {
        return shortSha(mergeSha);
    }

    static String shortSha(String sha) {
        return sha == null ? null : sha.length() > 7 ? sha.substring(0, 7) : sha;
    }
}
