package io.releasetrain.events.release;

import io.releasetrain.events.Require;
import java.util.List;

/**
 * A required check on the promotion's pull request failed for the candidate commit.
 *
 * @param promotionId       the promotion's id
 * @param targetEnvironment the environment the promotion deploys to
 * @param candidateSha      the commit the checks ran on
 * @param failedChecks      the names of the checks that failed; may be empty when CI did not say
 * @param detailsUrl        optional: where to read why, e.g. the failed build
 */
public record PromotionChecksFailed(
        String promotionId,
        String targetEnvironment,
        String candidateSha,
        List<String> failedChecks,
        String detailsUrl) implements ReleaseEvent {

    /** Validates the required fields and copies {@code failedChecks}. */
    public PromotionChecksFailed {
        Require.text(promotionId, "promotionId");
        Require.text(targetEnvironment, "targetEnvironment");
        Require.text(candidateSha, "candidateSha");
        failedChecks = Require.texts(failedChecks, "failedChecks");
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
