package io.releasetrain.promoter.github;

import io.releasetrain.messaging.remote.RemoteNotFoundException;
import io.releasetrain.messaging.remote.RemoteRejectedException;
import io.releasetrain.messaging.remote.RemoteUnavailableException;
import io.releasetrain.promoter.github.GitHubClient.Repo;
import io.releasetrain.promoter.remote.RemoteGuard;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The promotion engine's part of {@link GitHubClient}: branches, pull requests, merges, checks and contents.
 * GitHub's documented answers are turned into results here: 422 "a pull request already exists" adopts it,
 * 422 "no commits between" is nothing to promote, 405 not mergeable and 409 head changed are outcomes, not
 * errors. Everything else is the {@link RemoteGuard}'s exceptions.
 */
public final class GitHubRepos {

    private static final int PAGE = 100;

    private final GitHubApi api;
    private final RemoteGuard guard;
    private final Supplier<String> authorization;

    GitHubRepos(GitHubApi api, RemoteGuard guard, Supplier<String> authorization) {
        this.api = api;
        this.guard = guard;
        this.authorization = authorization;
    }

    public String branchHead(String repository, String branch) {
        Repo repo = Repo.of(repository);
        String auth = authorization.get();
        GitHubApi.Branch found = guard.call("get_branch", "read branch " + branch + " of " + repository,
                () -> api.branch(auth, repo.owner(), repo.name(), branch));
        if (found == null || found.commit() == null || found.commit().sha() == null) {
            throw new RemoteUnavailableException(GitHubClient.SYSTEM, "read branch " + branch + ": no commit in the answer", null);
        }
        return found.commit().sha();
    }

    public void createBranch(String repository, String branch, String sha) {
        Repo repo = Repo.of(repository);
        String auth = authorization.get();
        guard.call("create_ref", "create branch " + branch + " at " + sha + " in " + repository, () -> {
            try {
                api.createRef(auth, repo.owner(), repo.name(), new GitHubApi.NewRef("refs/heads/" + branch, sha));
            } catch (RemoteRejectedException e) {
                if (!mentions(e, "reference already exists")) {
                    throw e;
                }
            }
            return null;
        });
    }

    public void deleteBranch(String repository, String branch) {
        Repo repo = Repo.of(repository);
        String auth = authorization.get();
        guard.call("delete_ref", "delete branch " + branch + " of " + repository, () -> {
            try {
                api.deleteBranch(auth, repo.owner(), repo.name(), branch);
            } catch (RemoteNotFoundException | RemoteRejectedException e) {
                // Already gone (404, or 422 "Reference does not exist"): what we wanted.
                if (e instanceof RemoteRejectedException && !mentions(e, "does not exist")) {
                    throw e;
                }
            }
            return null;
        });
    }

    public Optional<PullRequestRef> openPullRequest(String repository, String head, String base, String title, String body) {
        Repo repo = Repo.of(repository);
        String auth = authorization.get();
        return guard.call("create_pull", "open a pull request from " + head + " into " + base + " of " + repository, () -> {
            try {
                return Optional.of(ref(api.createPull(auth, repo.owner(), repo.name(),
                        new GitHubApi.NewPull(title, head, base, body, false))));
            } catch (RemoteRejectedException e) {
                if (mentions(e, "no commits between")) {
                    return Optional.empty();
                }
                if (mentions(e, "a pull request already exists")) {
                    List<GitHubApi.PullRequest> open = api.pulls(auth, repo.owner(), repo.name(), repo.owner() + ":" + head,
                            base, "open");
                    if (open != null && !open.isEmpty()) {
                        return Optional.of(ref(open.get(0)));
                    }
                }
                throw e;
            }
        });
    }

    public PullRequestRef pullRequest(String repository, int number) {
        Repo repo = Repo.of(repository);
        String auth = authorization.get();
        return ref(guard.call("get_pull", "read pull request #" + number + " of " + repository,
                () -> api.pull(auth, repo.owner(), repo.name(), number)));
    }

    public void closePullRequest(String repository, int number) {
        Repo repo = Repo.of(repository);
        String auth = authorization.get();
        guard.call("update_pull", "close pull request #" + number + " of " + repository,
                () -> api.updatePull(auth, repo.owner(), repo.name(), number, new GitHubApi.PullUpdate("closed")));
    }

    public MergeOutcome merge(String repository, int number, String sha, String title) {
        Repo repo = Repo.of(repository);
        String auth = authorization.get();
        return guard.call("merge_pull", "merge pull request #" + number + " of " + repository + " at " + sha, () -> {
            try {
                GitHubApi.MergeResult result = api.merge(auth, repo.owner(), repo.name(), number,
                        new GitHubApi.MergeRequest("merge", sha, title));
                return new MergeOutcome(MergeOutcome.Result.MERGED, result.sha());
            } catch (RemoteRejectedException e) {
                if (mentions(e, "refused (405)")) {
                    return new MergeOutcome(MergeOutcome.Result.NOT_MERGEABLE, null);
                }
                if (mentions(e, "refused (409)")) {
                    return new MergeOutcome(MergeOutcome.Result.HEAD_CHANGED, null);
                }
                throw e;
            }
        });
    }

    /** Merges {@code head} (a branch or SHA) into {@code base}; the new head of {@code base}, or empty when nothing was merged. */
    public Optional<String> mergeInto(String repository, String base, String head, String message) {
        Repo repo = Repo.of(repository);
        String auth = authorization.get();
        return guard.call("merge_branch", "merge " + head + " into " + base + " of " + repository, () -> {
            var answer = api.mergeBranch(auth, repo.owner(), repo.name(), new GitHubApi.BranchMerge(base, head, message));
            return answer.getStatus() == 204 || answer.getEntity() == null ? Optional.<String>empty()
                    : Optional.of(answer.getEntity().sha());
        });
    }

    public List<CommitCheck> checks(String repository, String sha) {
        Repo repo = Repo.of(repository);
        String auth = authorization.get();
        List<CommitCheck> checks = new ArrayList<>();
        GitHubApi.CombinedStatus combined = guard.call("get_combined_status", "read the statuses of " + sha,
                () -> api.combinedStatus(auth, repo.owner(), repo.name(), sha, PAGE));
        if (combined != null && combined.statuses() != null) {
            for (GitHubApi.Status status : combined.statuses()) {
                checks.add(new CommitCheck(status.context(), statusOutcome(status.state()), status.targetUrl()));
            }
        }
        GitHubApi.CheckRuns runs = guard.call("list_check_runs", "read the check runs of " + sha,
                () -> api.checkRuns(auth, repo.owner(), repo.name(), sha, PAGE));
        if (runs != null && runs.checkRuns() != null) {
            for (GitHubApi.CheckRun run : runs.checkRuns()) {
                checks.add(new CommitCheck(run.name(), runOutcome(run.status(), run.conclusion()), run.htmlUrl()));
            }
        }
        return checks;
    }

    /** A file's text at {@code ref}; empty when there is no such file. */
    public Optional<String> file(String repository, String path, String ref) {
        Repo repo = Repo.of(repository);
        String auth = authorization.get();
        try {
            GitHubApi.Content content = guard.call("get_content", "read " + path + " at " + ref + " of " + repository,
                    () -> api.content(auth, repo.owner(), repo.name(), path, ref));
            if (content == null || content.content() == null || !"base64".equals(content.encoding())) {
                return Optional.empty();
            }
            byte[] bytes = Base64.getMimeDecoder().decode(content.content());
            return Optional.of(new String(bytes, StandardCharsets.UTF_8));
        } catch (RemoteNotFoundException e) {
            return Optional.empty();
        }
    }

    /** How many commits {@code head} has that {@code base} has not, and GitHub's page comparing them. */
    public Comparison compare(String repository, String base, String head) {
        Repo repo = Repo.of(repository);
        String auth = authorization.get();
        GitHubApi.Comparison found = guard.call("compare_commits", "compare " + base + "..." + head + " of " + repository,
                () -> api.compare(auth, repo.owner(), repo.name(), base + "..." + head, 1));
        return new Comparison(found.totalCommits(), found.htmlUrl());
    }

    /**
     * What a candidate brings.
     *
     * @param commits how many commits the head has that the base has not
     * @param url     GitHub's page comparing them
     */
    public record Comparison(int commits, String url) {
    }

    private static PullRequestRef ref(GitHubApi.PullRequest pull) {
        return new PullRequestRef(pull.number(), pull.htmlUrl(), pull.head() == null ? null : pull.head().sha(),
                "open".equals(pull.state()), Boolean.TRUE.equals(pull.merged()), pull.mergeCommitSha());
    }

    private static CommitCheck.Outcome statusOutcome(String state) {
        return switch (state == null ? "" : state) {
            case "success" -> CommitCheck.Outcome.SUCCESS;
            case "failure", "error" -> CommitCheck.Outcome.FAILURE;
            default -> CommitCheck.Outcome.PENDING;
        };
    }

    private static CommitCheck.Outcome runOutcome(String status, String conclusion) {
        if (!"completed".equals(status) || conclusion == null) {
            return CommitCheck.Outcome.PENDING;
        }
        return switch (conclusion) {
            case "success", "neutral", "skipped" -> CommitCheck.Outcome.SUCCESS;
            default -> CommitCheck.Outcome.FAILURE;
        };
    }

    private static boolean mentions(RuntimeException e, String text) {
        return e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains(text);
    }
}
