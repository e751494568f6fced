package io.releasetrain.events.release;

import io.releasetrain.events.Require;

/**
 * The push build on an environment's branch passed and deployed the environment.
 *
 * @param environment the environment deployed, e.g. {@code staging}
 * @param branch      the branch it deploys from
 * @param sha         the commit now running there
 * @param buildUrl    optional: the build that deployed it
 * @param promotionId optional: the promotion that brought the commit, when there was one
 * @param manifest    optional: the PPC and SDK versions the deployed commit pins; the PPC updater
 *                    updates the environment's PPCs to its {@code ppcVersion}
 */
public record EnvironmentDeployed(
        String environment,
        String branch,
        String sha,
        String buildUrl,
        String promotionId,
        ReleaseManifest manifest) implements ReleaseEvent {

    /** Validates the required fields. */
    public EnvironmentDeployed {
        Require.text(environment, "environment");
        Require.text(branch, "branch");
        Require.text(sha, "sha");
        Require.optionalText(promotionId, "promotionId");
    }

    /** The environment. */
    @Override
    public String key() {
        return environment;
    }

    /** The environment: its deployed commit is what changed. */
    @Override
    public String subject() {
        return environment;
    }
}
