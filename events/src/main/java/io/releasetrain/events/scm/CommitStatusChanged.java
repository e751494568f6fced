package io.releasetrain.events.scm;

import io.releasetrain.events.Require;
import java.util.List;

/**
 * A commit status (the older, context-based GitHub API) was set on a commit.
 *
 * @param repository  the repository, as {@code owner/name}
 * @param sha         the commit the status is on
 * @param context     the status's name, e.g. {@code continuous-integration/travis-ci/pr}
 * @param state       the new state
 * @param targetUrl   optional: where the status links to
 * @param description optional: the status's short description
 * @param branches    the branches whose head is this commit; may be empty
 */
public record CommitStatusChanged(
        String repository,
        String sha,
        String context,
        CommitState state,
        String targetUrl,
        String description,
        List<String> branches) implements ScmEvent {

    /** Validates the required fields and copies {@code branches}. */
    public CommitStatusChanged {
        Require.text(repository, "repository");
        Require.text(sha, "sha");
        Require.text(context, "context");
        Require.present(state, "state");
        branches = Require.texts(branches, "branches");
    }

    /** {@code repository/branch} with the first of {@link #branches()}, or {@code repository/sha} when there is none. */
    @Override
    public String key() {
        return repository + "/" + (branches.isEmpty() ? sha : branches.get(0));
    }

    /** {@code repository@sha}: the commit. */
    @Override
    public String subject() {
        return repository + "@" + sha;
    }
}
