package io.releasetrain.sandbox.github;

import static io.releasetrain.sandbox.json.Json.object;
import static io.releasetrain.sandbox.json.Json.time;

import java.util.List;
import java.util.Map;

/** GitHub REST v3 representations of the simulated repository's objects (the fields the services read, and their neighbours). */
public final class GitHubJson {

    private final String api;
    private final String html;
    private final String repository;
    private final String owner;

    /**
     * @param baseUrl    the sandbox's base URL: the API is served at its root, web pages under {@code /web}
     * @param repository {@code owner/name}
     */
    public GitHubJson(String baseUrl, String repository) {
        this.api = baseUrl.replaceAll("/+$", "");
        this.html = api + "/web";
        this.repository = repository;
        this.owner = repository.substring(0, repository.indexOf('/'));
    }

    public String repoUrl() {
        return api + "/repos/" + repository;
    }

    public String htmlUrl() {
        return html + "/" + repository;
    }

    public Map<String, Object> user(String login) {
        return object("login", login, "id", Math.abs(login.hashCode()), "type", login.endsWith("[bot]") ? "Bot" : "User",
                "site_admin", false, "url", api + "/users/" + login, "html_url", html + "/" + login);
    }

    public Map<String, Object> repo() {
        return object("id", 4242, "node_id", "R_sandbox", "name", repository.substring(owner.length() + 1),
                "full_name", repository, "private", true, "owner", user(owner), "html_url", htmlUrl(),
                "url", repoUrl(), "default_branch", "master", "clone_url", htmlUrl() + ".git");
    }

    public Map<String, Object> ref(String ref, String sha) {
        return object("ref", ref, "node_id", "REF_" + ref.hashCode(), "url", repoUrl() + "/git/" + ref,
                "object", object("sha", sha, "type", "commit", "url", repoUrl() + "/git/commits/" + sha));
    }

    private Map<String, Object> person(Commit.Person person) {
        return object("name", person.name(), "email", person.email(), "date", time(person.date()));
    }

    /** A Git commit object ({@code /git/commits/{sha}}). */
    public Map<String, Object> gitCommit(Commit commit) {
        return object("sha", commit.sha(), "node_id", "C_" + commit.sha(), "url", repoUrl() + "/git/commits/" + commit.sha(),
                "html_url", htmlUrl() + "/commit/" + commit.sha(), "author", person(commit.author()),
                "committer", person(commit.committer()), "message", commit.message(),
                "tree", object("sha", commit.treeSha(), "url", repoUrl() + "/git/trees/" + commit.treeSha()),
                "parents", parents(commit), "verification", object("verified", false, "reason", "unsigned",
                        "signature", null, "payload", null));
    }

    private List<Map<String, Object>> parents(Commit commit) {
        return commit.parents().stream().map(p -> object("sha", p, "url", repoUrl() + "/commits/" + p,
                "html_url", htmlUrl() + "/commit/" + p)).toList();
    }

    /** A repository commit ({@code /commits/{ref}}, {@code /branches/{b}}.commit, compare's commits). */
    public Map<String, Object> commit(Commit commit) {
        return object("sha", commit.sha(), "node_id", "C_" + commit.sha(), "url", repoUrl() + "/commits/" + commit.sha(),
                "html_url", htmlUrl() + "/commit/" + commit.sha(),
                "comments_url", repoUrl() + "/commits/" + commit.sha() + "/comments",
                "commit", object("url", repoUrl() + "/git/commits/" + commit.sha(), "author", person(commit.author()),
                        "committer", person(commit.committer()), "message", commit.message(),
                        "tree", object("sha", commit.treeSha(), "url", repoUrl() + "/git/trees/" + commit.treeSha()),
                        "comment_count", 0),
                "author", user(commit.author().name()), "committer", user(commit.committer().name()),
                "parents", parents(commit));
    }

    /** A commit as the {@code push} webhook lists it. */
    public Map<String, Object> pushCommit(Commit commit) {
        Map<String, Object> who = object("name", commit.author().name(), "email", commit.author().email(),
                "username", commit.author().name());
        return object("id", commit.sha(), "tree_id", commit.treeSha(), "distinct", true, "message", commit.message(),
                "timestamp", time(commit.author().date()), "url", htmlUrl() + "/commit/" + commit.sha(),
                "author", who, "committer", who, "added", List.of(), "removed", List.of(), "modified", List.of());
    }

    public Map<String, Object> branch(String name, Commit head, boolean protectedBranch) {
        return object("name", name, "commit", commit(head), "_links", object("self", repoUrl() + "/branches/" + name,
                "html", htmlUrl() + "/tree/" + name), "protected", protectedBranch,
                "protection_url", repoUrl() + "/branches/" + name + "/protection");
    }

    private Map<String, Object> side(String branch, String sha) {
        return object("label", owner + ":" + branch, "ref", branch, "sha", sha, "user", user(owner), "repo", repo());
    }

    /** A pull request ({@code /pulls/{n}}, the list, and the {@code pull_request} webhook). */
    public Map<String, Object> pullRequest(PullRequest pull, String baseSha, Boolean mergeable, String mergeableState,
            int commits) {
        String url = repoUrl() + "/pulls/" + pull.number;
        return object("url", url, "id", 100000 + pull.number, "node_id", "PR_" + pull.number,
                "html_url", htmlUrl() + "/pull/" + pull.number, "diff_url", htmlUrl() + "/pull/" + pull.number + ".diff",
                "patch_url", htmlUrl() + "/pull/" + pull.number + ".patch", "issue_url", repoUrl() + "/issues/" + pull.number,
                "commits_url", url + "/commits", "statuses_url", repoUrl() + "/statuses/" + pull.headSha,
                "number", pull.number, "state", pull.open ? "open" : "closed", "locked", false, "title", pull.title,
                "user", user(pull.user), "body", pull.body, "labels", List.of(), "milestone", null, "draft", false,
                "created_at", time(pull.createdAt), "updated_at", time(pull.updatedAt), "closed_at", time(pull.closedAt),
                "merged_at", time(pull.mergedAt), "merge_commit_sha", pull.mergeCommitSha, "assignee", null,
                "assignees", List.of(), "requested_reviewers", List.of(), "head", side(pull.head, pull.headSha),
                "base", side(pull.base, baseSha), "author_association", "MEMBER", "auto_merge", null,
                "merged", pull.merged, "mergeable", mergeable, "rebaseable", false, "mergeable_state", mergeableState,
                "merged_by", pull.mergedBy == null ? null : user(pull.mergedBy), "comments", 0, "review_comments", 0,
                "maintainer_can_modify", false, "commits", commits, "additions", 0, "deletions", 0, "changed_files", 0);
    }

    public Map<String, Object> status(CommitChecks.Status status) {
        return object("url", repoUrl() + "/statuses/" + status.sha(), "id", status.id(), "node_id", "SC_" + status.id(),
                "state", status.state(), "description", status.description(), "target_url", status.targetUrl(),
                "context", status.context(), "created_at", time(status.createdAt()), "updated_at", time(status.createdAt()),
                "creator", user(status.creator()));
    }

    public Map<String, Object> checkRun(CommitChecks.CheckRun run, String headBranch) {
        return object("id", run.id(), "head_sha", run.sha(), "node_id", "CR_" + run.id(), "external_id", String.valueOf(run.id()),
                "url", repoUrl() + "/check-runs/" + run.id(), "html_url", run.detailsUrl(), "details_url", run.detailsUrl(),
                "status", run.status(), "conclusion", run.conclusion(), "started_at", time(run.startedAt()),
                "completed_at", time(run.completedAt()), "output", object("title", run.name(), "summary", run.conclusion(),
                        "text", null, "annotations_count", 0), "name", run.name(),
                "check_suite", object("id", run.id(), "head_branch", headBranch, "head_sha", run.sha()),
                "app", object("id", 67, "slug", run.appSlug(), "name", run.appName(), "owner", user(run.appSlug() + "[bot]")),
                "pull_requests", List.of());
    }
}
