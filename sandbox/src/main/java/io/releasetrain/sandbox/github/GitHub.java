package io.releasetrain.sandbox.github;

import static io.releasetrain.sandbox.json.Json.object;

import io.releasetrain.sandbox.SandboxConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The simulated GitHub: one repository with its Git data, pull requests and checks, behind one lock.
 * Every change that GitHub would announce by webhook fires a {@link GitHubEvents} event after the lock is released.
 */
@ApplicationScoped
public class GitHub {

    /** The login the simulated GitHub attributes API changes to. */
    public static final String BOT = "release-train[bot]";

    private final SandboxConfig.GitHub config;
    private final Event<Object> events;
    private final GitRepository git;
    private final PullRequests pulls;
    private final CommitChecks checks;
    private final GitHubJson json;

    GitHub(SandboxConfig config, Event<Object> events, Clock clock) {
        this.config = config.github();
        this.events = events;
        this.git = new GitRepository(clock);
        this.pulls = new PullRequests(git, owner(), clock);
        this.checks = new CommitChecks(clock);
        this.json = new GitHubJson(config.baseUrl(), this.config.repository());
        Commit seed = git.commit(git.tree(SeedFiles.initial(repository(), this.config.ppcVersion(), this.config.sdkVersion())),
                List.of(), "Initial commit", "octocat", "octocat@example.com");
        for (String branch : this.config.branches()) {
            git.createRef(GitRepository.HEADS + branch, seed.sha(), "octocat");
        }
    }

    public String repository() {
        return config.repository();
    }

    public String owner() {
        return config.repository().substring(0, config.repository().indexOf('/'));
    }

    /** 404 unless {@code owner/repo} is the simulated repository. */
    public void check(String owner, String repo) {
        if (!(owner + "/" + repo).equalsIgnoreCase(repository())) {
            throw GitHubException.notFound();
        }
    }

    public GitHubJson json() {
        return json;
    }

    /** Runs {@code work} under the lock and fires the events it collected once the lock is released. */
    private <T> T change(Function<List<Object>, T> work) {
        List<Object> fired = new ArrayList<>();
        T result;
        synchronized (this) {
            result = work.apply(fired);
        }
        fired.forEach(events::fire);
        return result;
    }

    // ---- refs and Git data

    public synchronized Map<String, Object> ref(String ref) {
        return git.ref(ref).map(sha -> json.ref(ref, sha)).orElseThrow(GitHubException::notFound);
    }

    public synchronized List<Map<String, Object>> refs(String prefix) {
        return git.refs(prefix).entrySet().stream().map(e -> json.ref(e.getKey(), e.getValue())).toList();
    }

    public Map<String, Object> createRef(String ref, String sha, String user) {
        return change(fired -> {
            refMoved(git.createRef(ref, sha, user), fired);
            return json.ref(ref, sha);
        });
    }

    public Map<String, Object> updateRef(String ref, String sha, boolean force, String user) {
        return change(fired -> {
            refMoved(git.updateRef(ref, sha, force, user), fired);
            return json.ref(ref, sha);
        });
    }

    public void deleteRef(String ref, String user) {
        change(fired -> {
            refMoved(git.deleteRef(ref, user), fired);
            return null;
        });
    }

    private void refMoved(RefChange change, List<Object> fired) {
        Commit head = change.deleted() ? null : git.findCommit(change.after()).orElseThrow();
        List<Commit> commits = change.deleted() ? List.of()
                : change.created() ? List.of(head) : git.commitsBetween(change.before(), change.after());
        fired.add(new GitHubEvents.Pushed(change, head, commits.size() > 20 ? commits.subList(commits.size() - 20, commits.size()) : commits));
        String branch = change.branch();
        if (branch == null) {
            return;
        }
        List<PullRequest> affected = change.deleted() ? pulls.closeForDeletedHead(branch) : pulls.synchronize(branch, change.after());
        for (PullRequest pull : affected) {
            fired.add(pullChanged(change.deleted() ? "closed" : "synchronize", pull));
        }
    }

    public synchronized Map<String, Object> gitCommit(String sha) {
        return json.gitCommit(git.findCommit(sha).orElseThrow(GitHubException::notFound));
    }

    public synchronized Map<String, Object> createGitCommit(String message, String tree, List<String> parents, String user) {
        if (message == null || tree == null) {
            throw GitHubException.validation("Commit", "message and tree are required");
        }
        return json.gitCommit(git.commit(tree, parents == null ? List.of() : parents, message, user, user + "@users.noreply.github.com"));
    }

    /** {@code POST /git/trees}: {@code base_tree} plus entries with inline {@code content} (or {@code sha: null} to delete). */
    public synchronized Map<String, Object> createTree(String baseTree, List<Map<String, Object>> entries) {
        Map<String, String> files = new LinkedHashMap<>(baseTree == null ? Map.of()
                : git.findTree(baseTree).orElseThrow(() -> GitHubException.validation("Tree", "base_tree is not a tree")));
        for (Map<String, Object> entry : entries) {
            String path = (String) entry.get("path");
            if (entry.containsKey("content")) {
                files.put(path, String.valueOf(entry.get("content")));
            } else if (entry.containsKey("sha") && entry.get("sha") == null) {
                files.remove(path);
            } else {
                throw GitHubException.validation("Tree", "the sandbox takes tree entries with inline content");
            }
        }
        return tree(git.tree(files));
    }

    public synchronized Map<String, Object> tree(String sha) {
        Map<String, String> files = git.findTree(sha).orElseThrow(GitHubException::notFound);
        List<Map<String, Object>> entries = files.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> object("path", e.getKey(), "mode", "100644", "type", "blob", "sha", GitObjects.blobSha(e.getValue()),
                        "size", e.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
                        "url", json.repoUrl() + "/git/blobs/" + GitObjects.blobSha(e.getValue())))
                .toList();
        return object("sha", sha, "url", json.repoUrl() + "/git/trees/" + sha, "tree", entries, "truncated", false);
    }

    // ---- repository views

    public synchronized Map<String, Object> branch(String name) {
        String sha = git.branchHead(name).orElseThrow(() -> new GitHubException(404, "Branch not found"));
        return json.branch(name, git.findCommit(sha).orElseThrow(), config.protectedBranches().contains(name));
    }

    public synchronized List<Map<String, Object>> branches() {
        List<Map<String, Object>> list = new ArrayList<>();
        git.refs(GitRepository.HEADS).forEach((ref, sha) -> list.add(object("name", ref.substring(GitRepository.HEADS.length()),
                "commit", object("sha", sha, "url", json.repoUrl() + "/commits/" + sha),
                "protected", config.protectedBranches().contains(ref.substring(GitRepository.HEADS.length())))));
        return list;
    }

    public synchronized Map<String, Object> commit(String ref) {
        return json.commit(resolve(ref));
    }

    private Commit resolve(String ref) {
        return git.resolve(ref);
    }

    /** The head commit of a branch, or null. */
    public synchronized String branchHead(String branch) {
        return git.branchHead(branch).orElse(null);
    }

    public synchronized Map<String, Object> contents(String path, String ref) {
        Commit commit = resolve(ref == null ? "master" : ref);
        String content = commit.files().get(path);
        if (content == null) {
            throw GitHubException.notFound();
        }
        String sha = GitObjects.blobSha(content);
        String name = path.substring(path.lastIndexOf('/') + 1);
        String url = json.repoUrl() + "/contents/" + path + "?ref=" + (ref == null ? "master" : ref);
        return object("type", "file", "encoding", "base64", "size", content.getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
                "name", name, "path", path,
                "content", Base64.getMimeEncoder(60, "\n".getBytes()).encodeToString(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "\n",
                "sha", sha, "url", url, "git_url", json.repoUrl() + "/git/blobs/" + sha,
                "html_url", json.htmlUrl() + "/blob/" + commit.sha() + "/" + path, "download_url", null,
                "_links", object("self", url, "git", json.repoUrl() + "/git/blobs/" + sha, "html", json.htmlUrl() + "/blob/" + commit.sha() + "/" + path));
    }

    public synchronized Map<String, Object> compare(String base, String head) {
        Commit baseCommit = resolve(base);
        Commit headCommit = resolve(head);
        String mergeBase = git.mergeBase(baseCommit.sha(), headCommit.sha()).orElse(null);
        List<Commit> ahead = git.commitsBetween(baseCommit.sha(), headCommit.sha());
        int behind = git.commitsBetween(headCommit.sha(), baseCommit.sha()).size();
        String status = ahead.isEmpty() && behind == 0 ? "identical" : behind == 0 ? "ahead" : ahead.isEmpty() ? "behind" : "diverged";
        Map<String, String> from = mergeBase == null ? Map.of() : git.findCommit(mergeBase).orElseThrow().files();
        return object("url", json.repoUrl() + "/compare/" + base + "..." + head,
                "html_url", json.htmlUrl() + "/compare/" + base + "..." + head,
                "base_commit", json.commit(baseCommit),
                "merge_base_commit", mergeBase == null ? null : json.commit(git.findCommit(mergeBase).orElseThrow()),
                "status", status, "ahead_by", ahead.size(), "behind_by", behind, "total_commits", ahead.size(),
                "commits", ahead.stream().map(json::commit).toList(), "files", FileDiff.between(from, headCommit.files()));
    }

    // ---- pull requests

    private Map<String, Object> pullJson(PullRequest pull) {
        String baseSha = git.branchHead(pull.base).orElse(null);
        boolean conflictFree = pull.open && pulls.mergeable(pull);
        boolean required = config.protectedBranches().contains(pull.base);
        String state = !pull.open ? "unknown" : !conflictFree ? "dirty"
                : required && !checks.passing(pull.headSha, config.requiredContexts()) ? "blocked"
                : checks.combinedState(pull.headSha).equals("failure") ? "unstable" : "clean";
        int commits = baseSha == null ? 0 : git.commitsBetween(baseSha, pull.headSha).size();
        return json.pullRequest(pull, baseSha, pull.merged ? null : conflictFree, state, commits);
    }

    private GitHubEvents.PullRequestChanged pullChanged(String action, PullRequest pull) {
        return new GitHubEvents.PullRequestChanged(action, pull.number, pull.head, pull.headSha, pull.base, pullJson(pull));
    }

    public Map<String, Object> openPull(String title, String head, String base, String body, String user) {
        return change(fired -> {
            PullRequest pull = pulls.open(title, head, base, body, user);
            fired.add(pullChanged("opened", pull));
            return pullJson(pull);
        });
    }

    public synchronized Map<String, Object> pull(int number) {
        return pullJson(pulls.get(number));
    }

    public synchronized List<Map<String, Object>> pulls(String state, String head, String base) {
        return pulls.list(state, head, base).stream().map(this::pullJson).toList();
    }

    public Map<String, Object> updatePull(int number, String title, String body, String base, String state) {
        return change(fired -> {
            boolean wasOpen = pulls.get(number).open;
            PullRequest pull = pulls.update(number, title, body, base, state);
            String action = wasOpen == pull.open ? "edited" : pull.open ? "reopened" : "closed";
            fired.add(pullChanged(action, pull));
            return pullJson(pull);
        });
    }

    public Map<String, Object> mergePull(int number, String sha, String method, String title, String message, String user) {
        return change(fired -> {
            PullRequests.Merge merge = pulls.merge(number, sha, method, title, message, user, this::requiredChecksPass);
            refMoved(merge.push(), fired);
            fired.add(pullChanged("closed", merge.pullRequest()));
            return object("sha", merge.commit().sha(), "merged", true, "message", "Pull Request successfully merged");
        });
    }

    private boolean requiredChecksPass(PullRequest pull) {
        return !config.protectedBranches().contains(pull.base) || checks.passing(pull.headSha, config.requiredContexts());
    }

    /** {@code POST /merges}: a merge commit of {@code head} into {@code base}; null when there is nothing to merge (204). */
    public Map<String, Object> mergeBranch(String base, String head, String message, String user) {
        return change(fired -> {
            String baseSha = git.branchHead(base).orElseThrow(() -> new GitHubException(404, "Base does not exist"));
            String headSha = git.branchHead(head).orElseGet(() -> git.findCommit(head).map(Commit::sha)
                    .orElseThrow(() -> new GitHubException(404, "Head does not exist")));
            if (git.isAncestor(headSha, baseSha)) {
                return null;
            }
            Commit commit = git.mergeCommit(baseSha, headSha, message != null ? message : "Merge " + head + " into " + base,
                    user, user + "@users.noreply.github.com");
            refMoved(git.updateRef(GitRepository.HEADS + base, commit.sha(), false, user), fired);
            return json.commit(commit);
        });
    }

    // ---- statuses and check runs

    public Map<String, Object> createStatus(String sha, String state, String context, String description, String targetUrl,
            String user) {
        return change(fired -> {
            String full = resolve(sha).sha();
            CommitChecks.Status status = checks.addStatus(full, state, context, description, targetUrl, user);
            fired.add(new GitHubEvents.StatusCreated(status, branchesAt(full)));
            return json.status(status);
        });
    }

    private List<String> branchesAt(String sha) {
        List<String> names = new ArrayList<>();
        git.refs(GitRepository.HEADS).forEach((ref, head) -> {
            if (head.equals(sha)) {
                names.add(ref.substring(GitRepository.HEADS.length()));
            }
        });
        return names;
    }

    public synchronized Map<String, Object> combinedStatus(String ref) {
        Commit commit = resolve(ref);
        List<Map<String, Object>> statuses = checks.latestByContext(commit.sha()).stream().map(json::status).toList();
        return object("state", checks.combinedState(commit.sha()), "statuses", statuses, "sha", commit.sha(),
                "total_count", statuses.size(), "repository", json.repo(),
                "commit_url", json.repoUrl() + "/commits/" + commit.sha(), "url", json.repoUrl() + "/commits/" + commit.sha() + "/status");
    }

    public synchronized List<Map<String, Object>> statuses(String ref) {
        return checks.statuses(resolve(ref).sha()).stream().map(json::status).toList();
    }

    public Map<String, Object> putCheckRun(String sha, String name, String status, String conclusion, String detailsUrl,
            String appSlug, String appName) {
        return change(fired -> {
            String full = resolve(sha).sha();
            CommitChecks.CheckRun run = checks.putCheckRun(full, name, status, conclusion, detailsUrl, appSlug, appName);
            List<String> branches = branchesAt(full);
            String headBranch = branches.isEmpty() ? null : branches.get(0);
            fired.add(new GitHubEvents.CheckRunChanged("completed".equals(status) ? "completed" : "created", run, headBranch));
            return json.checkRun(run, headBranch);
        });
    }

    public synchronized Map<String, Object> checkRuns(String ref) {
        String sha = resolve(ref).sha();
        List<String> branches = branchesAt(sha);
        List<Map<String, Object>> runs = checks.checkRuns(sha).stream()
                .map(run -> json.checkRun(run, branches.isEmpty() ? null : branches.get(0))).toList();
        return object("total_count", runs.size(), "check_runs", runs);
    }

    // ---- the sandbox's own controls

    /**
     * Pushes a new commit onto {@code branch} (fast-forward), changing {@code files} (path → content) and appending
     * a line to {@code CHANGELOG.md}, as a developer's push would. Returns the new commit.
     */
    public Map<String, Object> pushCommit(String branch, String message, Map<String, String> files, String author) {
        return change(fired -> {
            String parent = git.branchHead(branch).orElseThrow(() -> new GitHubException(404, "Branch not found"));
            Map<String, String> tree = new LinkedHashMap<>(git.findCommit(parent).orElseThrow().files());
            tree.putAll(files);
            tree.merge("CHANGELOG.md", "- " + message + "\n", String::concat);
            Commit commit = git.commit(git.tree(tree), List.of(parent), message, author, author + "@example.com");
            refMoved(git.updateRef(GitRepository.HEADS + branch, commit.sha(), false, author), fired);
            return json.commit(commit);
        });
    }

    /** The head of every branch and the state of every pull request, for the sandbox's state page. */
    public synchronized Map<String, Object> summary() {
        List<Map<String, Object>> pullList = pulls.list("all", null, null).stream()
                .map(p -> object("number", p.number, "title", p.title, "head", p.head, "base", p.base, "headSha", p.headSha,
                        "state", p.open ? "open" : "closed", "merged", p.merged, "mergeCommitSha", p.mergeCommitSha,
                        "mergeAttempts", p.mergeAttempts))
                .toList();
        Map<String, Object> heads = new LinkedHashMap<>();
        git.refs(GitRepository.HEADS).forEach((ref, sha) -> heads.put(ref.substring(GitRepository.HEADS.length()), sha));
        return object("repository", repository(), "branches", heads, "pullRequests", pullList);
    }
}
