package io.releasetrain.promoter.github;

import io.releasetrain.messaging.remote.RemoteUnavailableException;
import io.releasetrain.promoter.github.GitHubClient.Repo;
import io.releasetrain.promoter.remote.RemoteGuard;
import java.util.List;
import java.util.function.Supplier;

/**
 * The rollback's part of {@link GitHubClient}: GitHub's Git Data API, which reads a commit's tree and makes a
 * new commit of any tree on top of any parents, with no local clone.
 */
public final class GitHubCommits {

    private final GitHubApi api;
    private final RemoteGuard guard;
    private final Supplier<String> authorization;

    GitHubCommits(GitHubApi api, RemoteGuard guard, Supplier<String> authorization) {
        this.api = api;
        this.guard = guard;
        this.authorization = authorization;
    }

    /** The tree of commit {@code sha}. */
    public String treeOf(String repository, String sha) {
        Repo repo = Repo.of(repository);
        String auth = authorization.get();
        GitHubApi.GitCommit commit = guard.call("git_get_commit", "read commit " + sha + " of " + repository,
                () -> api.gitCommit(auth, repo.owner(), repo.name(), sha));
        if (commit == null || commit.tree() == null || commit.tree().sha() == null) {
            throw new RemoteUnavailableException(GitHubClient.SYSTEM, "read commit " + sha + ": no tree in the answer", null);
        }
        return commit.tree().sha();
    }

    /** Makes a commit whose tree is {@code tree} and whose only parent is {@code parent}; its SHA. */
    public String commitTree(String repository, String tree, String parent, String message) {
        Repo repo = Repo.of(repository);
        String auth = authorization.get();
        GitHubApi.GitCommit made = guard.call("git_create_commit", "create a commit of tree " + tree + " on " + parent
                + " in " + repository, () -> api.createCommit(auth, repo.owner(), repo.name(),
                        new GitHubApi.NewCommit(message, tree, List.of(parent))));
        if (made == null || made.sha() == null) {
            throw new RemoteUnavailableException(GitHubClient.SYSTEM, "create a commit: no SHA in the answer", null);
        }
        return made.sha();
    }
}
