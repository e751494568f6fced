package io.releasetrain.events.ci;

import io.releasetrain.events.Require;
import java.time.Instant;
import java.util.List;

/**
 * A CI build started.
 *
 * @param provider          the CI system
 * @param repository        the repository, as {@code owner/name}
 * @param branch            the branch built; for a pull-request build, the branch it merges into
 * @param commitSha         the commit built
 * @param buildId           the CI system's id of the build
 * @param buildNumber       optional: the build's human-facing number
 * @param buildType         what triggered the build
 * @param pullRequestNumber optional: the pull request, for a pull-request build
 * @param jobs              the build's jobs; may be empty
 * @param url               optional: the build's web page
 * @param startedAt         optional: when the build started
 * @param workflow          optional: the workflow (GitHub Actions) or build configuration (Travis CI) name,
 *                          which promotions gate on by name
 */
public record CiBuildStarted(
        CiProvider provider,
        String repository,
        String branch,
        String commitSha,
        String buildId,
        String buildNumber,
        BuildType buildType,
        Integer pullRequestNumber,
        List<CiJob> jobs,
        String url,
        Instant startedAt,
        String workflow) implements CiEvent {

    /** Validates the required fields and copies {@code jobs}. */
    public CiBuildStarted {
        Require.present(provider, "provider");
        Require.text(repository, "repository");
        Require.text(branch, "branch");
        Require.text(commitSha, "commitSha");
        Require.text(buildId, "buildId");
        Require.present(buildType, "buildType");
        Require.optionalPositive(pullRequestNumber, "pullRequestNumber");
        jobs = Require.list(jobs, "jobs");
        Require.optionalText(workflow, "workflow");
    }

    /** The event without a workflow name, as builds were recorded before it was carried. */
    public CiBuildStarted(CiProvider provider, String repository, String branch, String commitSha, String buildId,
            String buildNumber, BuildType buildType, Integer pullRequestNumber, List<CiJob> jobs, String url, Instant startedAt) {
        this(provider, repository, branch, commitSha, buildId, buildNumber, buildType, pullRequestNumber, jobs, url,
                startedAt, null);
    }
}
