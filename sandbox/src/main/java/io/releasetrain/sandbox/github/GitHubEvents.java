package io.releasetrain.sandbox.github;

import java.util.Map;

/**
 * What the simulated GitHub tells the rest of the sandbox (the webhook sender, the simulated Travis CI),
 * fired as CDI events after the change is made. Each carries the webhook payload's main object rendered
 * while the change was made, so a later change cannot leak into it.
 */
public final class GitHubEvents {

    private GitHubEvents() {
    }

    /** A ref moved ({@code push}); {@code headCommit} is the new head, null on a deletion. */
    public record Pushed(RefChange change, Commit headCommit, java.util.List<Commit> commits) {
    }

    /** A pull request was opened, synchronized, reopened, edited or closed. */
    public record PullRequestChanged(String action, int number, String headBranch, String headSha, String baseBranch,
            Map<String, Object> pullRequest) {
    }

    /** A commit status was created. */
    public record StatusCreated(CommitChecks.Status status, java.util.List<String> branches) {
    }

    /** A check run was created or completed. */
    public record CheckRunChanged(String action, CommitChecks.CheckRun run, String headBranch) {
    }
}
