package io.releasetrain.events.ci;

import io.releasetrain.events.ReleaseTrainEvent;

/**
 * What happened in CI (Travis CI or GitHub Actions), normalised from their webhooks. Published to
 * {@link io.releasetrain.events.Topics#CI_EVENTS}, keyed by {@code repository/branch}.
 */
public sealed interface CiEvent extends ReleaseTrainEvent permits CiBuildStarted, CiBuildFinished {

    /** The CI system that ran the build. */
    CiProvider provider();

    /** The repository, as {@code owner/name}. */
    String repository();

    /** The branch built; for a pull-request build, the branch the pull request merges into. */
    String branch();

    /** The commit built. */
    String commitSha();

    /** The CI system's id of the build. */
    String buildId();

    /** What triggered the build. */
    BuildType buildType();

    /** {@code repository/branch}. */
    @Override
    default String key() {
        return repository() + "/" + branch();
    }

    /** The build id. */
    @Override
    default String subject() {
        return buildId();
    }
}
