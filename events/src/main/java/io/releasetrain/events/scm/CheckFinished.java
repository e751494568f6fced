package io.releasetrain.events.scm;

import io.releasetrain.events.Require;

/**
 * A check suite or check run (the GitHub Checks API) completed on a commit.
 *
 * @param repository the repository, as {@code owner/name}
 * @param sha        the commit that was checked
 * @param branch     optional: the branch the check ran for, when GitHub names one
 * @param kind       a whole suite or a single run
 * @param name       the check's name (for a suite, the app's name when the suite has none)
 * @param app        optional: the slug of the GitHub App that ran the check
 * @param conclusion how the check ended
 * @param url        optional: the check's web page
 */
public record CheckFinished(
        String repository,
        String sha,
        String branch,
        CheckKind kind,
        String name,
        String app,
        CheckConclusion conclusion,
        String url) implements ScmEvent {

    /** Validates the required fields. */
    public CheckFinished {
        Require.text(repository, "repository");
        Require.text(sha, "sha");
        Require.optionalText(branch, "branch");
        Require.present(kind, "kind");
        Require.text(name, "name");
        Require.present(conclusion, "conclusion");
    }

    /** {@code repository/branch}, or {@code repository/sha} when no branch is known. */
    @Override
    public String key() {
        return repository + "/" + (branch == null ? sha : branch);
    }

    /** {@code repository@sha}: the commit. */
    @Override
    public String subject() {
        return repository + "@" + sha;
    }
}
