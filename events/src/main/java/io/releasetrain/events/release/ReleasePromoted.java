package io.releasetrain.events.release;

import io.releasetrain.events.Require;

/**
 * A deployed release was verified in its environment; for production this starts the customer rollout.
 *
 * @param promotionId the promotion that brought the release
 * @param environment the environment it was verified in
 * @param sha         the commit verified
 * @param verifiedBy  who verified it: a login, or the automated verification
 * @param manifest    optional: the PPC and SDK versions the release pins; a production release's
 *                    customer rollout installs its {@code ppcVersion}
 */
public record ReleasePromoted(
        String promotionId,
        String environment,
        String sha,
        String verifiedBy,
        ReleaseManifest manifest) implements ReleaseEvent {

    /** Validates the required fields. */
    public ReleasePromoted {
        Require.text(promotionId, "promotionId");
        Require.text(environment, "environment");
        Require.text(sha, "sha");
        Require.text(verifiedBy, "verifiedBy");
    }

    /** The environment. */
    @Override
    public String key() {
        return environment;
    }

    /** The promotion id. */
    @Override
    public String subject() {
        return promotionId;
    }
}
