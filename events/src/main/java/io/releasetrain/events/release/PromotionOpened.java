package io.releasetrain.events.release;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.releasetrain.events.Require;

/**
 * The promotion's pull request was opened, from a promotion branch at the candidate commit into the target branch.
 *
 * @param promotionId       the promotion's id
 * @param targetEnvironment the environment the target branch deploys
 * @param repository        the repository, as {@code owner/name}
 * @param pullRequestNumber the promotion's pull request
 * @param pullRequestUrl    the pull request's web page
 * @param candidateSha      the commit being promoted
 * @param sourceBranch      the branch promoted from
 * @param targetBranch      the branch promoted into
 * @param manifest          optional: the PPC and SDK versions the candidate pins
 * @param commitCount       optional: how many commits the promotion brings into the target
 * @param compareUrl        optional: GitHub's page comparing the target with the candidate
 */
public record PromotionOpened(
        String promotionId,
        String targetEnvironment,
        String repository,
        @JsonProperty(required = true) int pullRequestNumber,
        String pullRequestUrl,
        String candidateSha,
        String sourceBranch,
        String targetBranch,
        ReleaseManifest manifest,
        Integer commitCount,
        String compareUrl) implements ReleaseEvent {

    /** Validates that every field is present. */
    public PromotionOpened {
        Require.text(promotionId, "promotionId");
        Require.text(targetEnvironment, "targetEnvironment");
        Require.text(repository, "repository");
        Require.positive(pullRequestNumber, "pullRequestNumber");
        Require.text(pullRequestUrl, "pullRequestUrl");
        Require.text(candidateSha, "candidateSha");
        Require.text(sourceBranch, "sourceBranch");
        Require.text(targetBranch, "targetBranch");
        Require.optionalText(compareUrl, "compareUrl");
    }

    /** The event without manifest and commits, as promotions were opened before they were carried. */
    public PromotionOpened(String promotionId, String targetEnvironment, String repository, int pullRequestNumber,
            String pullRequestUrl, String candidateSha, String sourceBranch, String targetBranch) {
        this(promotionId, targetEnvironment, repository, pullRequestNumber, pullRequestUrl, candidateSha, sourceBranch,
                targetBranch, null, null, null);
    }

    /** The target environment. */
    @Override
    public String key() {
        return targetEnvironment;
    }

    /** The promotion id. */
    @Override
    public String subject() {
        return promotionId;
    }
}
