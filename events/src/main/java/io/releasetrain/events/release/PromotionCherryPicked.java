package io.releasetrain.events.release;

import io.releasetrain.events.Require;
import java.util.List;

/**
 * On-call took fixes into an open promotion by cherry-picking commits onto its promotion branch.
 *
 * @param promotionId       the promotion's id
 * @param targetEnvironment the environment the promotion deploys to
 * @param commitShas        the commits picked, in the order they were applied; never empty
 * @param requestedBy       who asked for the cherry-pick
 * @param reason            why, in the requester's words
 */
public record PromotionCherryPicked(
        String promotionId,
        String targetEnvironment,
        List<String> commitShas,
        String requestedBy,
        String reason) implements ReleaseEvent {

    /** Validates that every field is present and copies {@code commitShas}. */
    public PromotionCherryPicked {
        Require.text(promotionId, "promotionId");
        Require.text(targetEnvironment, "targetEnvironment");
        commitShas = Require.nonEmptyTexts(commitShas, "commitShas");
        Require.text(requestedBy, "requestedBy");
        Require.text(reason, "reason");
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
