package io.releasetrain.sandbox.github;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The simulated repository's Git data: commits with their trees, and refs. Pure and not thread-safe;
 * {@link GitHub} serializes access. Refusals are {@link GitHubException}s with GitHub's status and message.
 */
public final class GitRepository {

    static final String HEADS = "refs/heads/";

    private final Map<String, Commit> commits = new HashMap<>();
    private final Map<String, Map<String, String>> trees = new HashMap<>();
    private final TreeMap<String, String> refs = new TreeMap<>();
    private final Clock clock;

    public GitRepository(Clock clock) {
        this.clock = clock;
    }

    /** Stores a tree; returns its id. */
    public String tree(Map<String, String> files) {
        String sha = GitObjects.treeSha(files);
        trees.put(sha, Map.copyOf(files));
        return sha;
    }

    public Optional<Map<String, String>> findTree(String sha) {
        return Optional.ofNullable(trees.get(sha));
    }

    /** Creates a commit object (no ref moves), as {@code POST /git/commits} does. */
    public Commit commit(String treeSha, List<String> parents, String message, String authorName, String authorEmail) {
        Map<String, String> files = findTree(treeSha).orElseThrow(() -> new GitHubException(422, "Tree SHA does not exist"));
        for (String parent : parents) {
            if (!commits.containsKey(parent)) {
                throw new GitHubException(422, "Parent SHA does not exist or is not a commit object");
            }
        }
        Commit.Person person = new Commit.Person(authorName, authorEmail, clock.instant());
        String sha = GitObjects.commitSha(treeSha, parents, person, person, message);
        Commit commit = new Commit(sha, treeSha, parents, message, person, person, files);
        commits.put(sha, commit);
        return commit;
    }

    public Optional<Commit> findCommit(String sha) {
        return Optional.ofNullable(commits.get(sha));
    }

    /** A commit by sha, branch name, or full ref; 404 when none. */
    public Commit resolve(String ref) {
        Commit commit = commits.get(ref);
        if (commit == null && refs.containsKey(ref)) {
            commit = commits.get(refs.get(ref));
        }
        if (commit == null && refs.containsKey(HEADS + ref)) {
            commit = commits.get(refs.get(HEADS + ref));
        }
        if (commit == null && ref.length() >= 7) {
            commit = commits.values().stream().filter(c -> c.sha().startsWith(ref)).findFirst().orElse(null);
        }
        if (commit == null) {
            throw new GitHubException(422, "No commit found for SHA: " + ref);
        }
        return commit;
    }

    /** The refs whose full name starts with {@code prefix} (e.g. {@code refs/heads/}), sorted. */
    public Map<String, String> refs(String prefix) {
        Map<String, String> matching = new TreeMap<>();
        refs.forEach((ref, sha) -> {
            if (ref.startsWith(prefix)) {
                matching.put(ref, sha);
            }
        });
        return matching;
    }

    public Optional<String> ref(String ref) {
        return Optional.ofNullable(refs.get(ref));
    }

    public Optional<String> branchHead(String branch) {
        return ref(HEADS + branch);
    }

    /** {@code POST /git/refs}: 422 when the ref exists or the commit does not. */
    public RefChange createRef(String ref, String sha, String pusher) {
        if (ref == null || !ref.startsWith("refs/") || ref.split("/").length < 3) {
            throw new GitHubException(422, "Reference name must start with 'refs/' and have at least two slashes.");
        }
        if (refs.containsKey(ref)) {
            throw new GitHubException(422, "Reference already exists");
        }
        if (sha == null || !commits.containsKey(sha)) {
            throw new GitHubException(422, "Object does not exist");
        }
        refs.put(ref, sha);
        return new RefChange(ref, RefChange.ZERO, sha, false, pusher);
    }

    /** {@code PATCH /git/refs/{ref}}: 422 when not a fast-forward and not forced. */
    public RefChange updateRef(String ref, String sha, boolean force, String pusher) {
        String before = refs.get(ref);
        if (before == null) {
            throw new GitHubException(422, "Reference does not exist");
        }
        if (sha == null || !commits.containsKey(sha)) {
            throw new GitHubException(422, "Object does not exist");
        }
        boolean fastForward = isAncestor(before, sha);
        if (!fastForward && !force) {
            throw new GitHubException(422, "Update is not a fast forward");
        }
        refs.put(ref, sha);
        return new RefChange(ref, before, sha, !fastForward, pusher);
    }

    /** {@code DELETE /git/refs/{ref}}: 422 when it does not exist. */
    public RefChange deleteRef(String ref, String pusher) {
        String before = refs.remove(ref);
        if (before == null) {
            throw new GitHubException(422, "Reference does not exist");
        }
        return new RefChange(ref, before, RefChange.ZERO, false, pusher);
    }

    /** Whether {@code ancestor} is {@code descendant} or one of its ancestors. */
    public boolean isAncestor(String ancestor, String descendant) {
        return ancestors(descendant).contains(ancestor);
    }

    /** {@code sha} and every commit reachable from it, nearest first. */
    public Set<String> ancestors(String sha) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(sha));
        while (!queue.isEmpty()) {
            String next = queue.removeFirst();
            Commit commit = commits.get(next);
            if (commit != null && seen.add(next)) {
                queue.addAll(commit.parents());
            }
        }
        return seen;
    }

    /** The nearest common ancestor of two commits, if any. */
    public Optional<String> mergeBase(String a, String b) {
        Set<String> ofB = ancestors(b);
        return ancestors(a).stream().filter(ofB::contains).findFirst();
    }

    /** Commits reachable from {@code head} but not from {@code base}, oldest first. */
    public List<Commit> commitsBetween(String base, String head) {
        Set<String> excluded = ancestors(base);
        List<Commit> between = new ArrayList<>();
        for (String sha : ancestors(head)) {
            if (!excluded.contains(sha)) {
                between.add(0, commits.get(sha));
            }
        }
        return between;
    }

    /**
     * The tree of merging {@code head} into {@code base}, file by file against their merge base; empty
     * when both sides changed a file differently (a conflict).
     */
    public Optional<Map<String, String>> mergedFiles(String base, String head) {
        Map<String, String> ours = commits.get(base).files();
        Map<String, String> theirs = commits.get(head).files();
        Map<String, String> ancestor = mergeBase(base, head).map(sha -> commits.get(sha).files()).orElse(Map.of());
        Set<String> paths = new LinkedHashSet<>(ours.keySet());
        paths.addAll(theirs.keySet());
        Map<String, String> merged = new TreeMap<>();
        for (String path : paths) {
            String o = ours.get(path);
            String t = theirs.get(path);
            String a = ancestor.get(path);
            String result;
            if (java.util.Objects.equals(o, t) || java.util.Objects.equals(t, a)) {
                result = o;
            } else if (java.util.Objects.equals(o, a)) {
                result = t;
            } else {
                return Optional.empty();
            }
            if (result != null) {
                merged.put(path, result);
            }
        }
        return Optional.of(merged);
    }

    /** A merge commit of {@code head} into {@code base} (parents: base, head), or 409 on a conflict. */
    public Commit mergeCommit(String base, String head, String message, String authorName, String authorEmail) {
        Map<String, String> files = mergedFiles(base, head).orElseThrow(() -> new GitHubException(409, "Merge conflict"));
        return commit(tree(files), List.of(base, head), message, authorName, authorEmail);
    }
}
