package io.releasetrain.events.release;

import io.releasetrain.events.Require;

/**
 * The push build on an environment's branch started at the merge commit a promotion brought: the environment is being deployed.
 *
 * @param promotionId       the promotion being deployed
 * @param targetEnvironment the environment being deployed
 * @param branch            the branch it deploys from
 * @param sha               the commit being deployed (the merge commit)
 * @param buildUrl          optional: the deploying build's web page
 */
public record EnvironmentDeploying(
        String promotionId,
        String targetEnvironment,
        String branch,
        String sha,
        String buildUrl) implements ReleaseEvent {

    /** Validates the required fields. */
    public EnvironmentDeploying {
        Require.text(promotionId, "promotionId");
        Require.text(targetEnvironment, "targetEnvironment");
        Require.text(branch, "branch");
        Require.text(sha, "sha");
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
