package io.releasetrain.sandbox.github;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The simulated repository's pull requests and GitHub's rules for opening and merging them. Pure and not
 * thread-safe; {@link GitHub} serializes access.
 */
public final class PullRequests {

    /** What a merge did: the merge commit and the base branch's move. */
    public record Merge(PullRequest pullRequest, Commit commit, RefChange push) {
    }

    private final GitRepository git;
    private final String owner;
    private final Clock clock;
    private final TreeMap<Integer, PullRequest> pulls = new TreeMap<>();

    public PullRequests(GitRepository git, String owner, Clock clock) {
        this.git = git;
        this.owner = owner;
        this.clock = clock;
    }

    /** {@code POST /pulls}: 422 when one is already open for head and base, or head adds nothing to base. */
    public PullRequest open(String title, String head, String base, String body, String user) {
        String headSha = git.branchHead(head).orElseThrow(() -> GitHubException.validation("PullRequest",
                "field 'head' is invalid: no branch " + head));
        String baseSha = git.branchHead(base).orElseThrow(() -> GitHubException.validation("PullRequest",
                "field 'base' is invalid: no branch " + base));
        if (pulls.values().stream().anyMatch(p -> p.open && p.head.equals(head) && p.base.equals(base))) {
            throw GitHubException.validation("PullRequest", "A pull request already exists for " + owner + ":" + head + ".");
        }
        if (git.isAncestor(headSha, baseSha)) {
            throw GitHubException.validation("PullRequest", "No commits between " + base + " and " + head);
        }
        int number = pulls.isEmpty() ? 1 : pulls.lastKey() + 1;
        PullRequest pull = new PullRequest(number, user, title, body, head, base, headSha, clock.instant());
        pulls.put(number, pull);
        return pull;
    }

    public PullRequest get(int number) {
        PullRequest pull = pulls.get(number);
        if (pull == null) {
            throw GitHubException.notFound();
        }
        return pull;
    }

    /** {@code GET /pulls?state=&head=owner:branch&base=}, newest first as GitHub lists them. */
    public List<PullRequest> list(String state, String head, String base) {
        Predicate<PullRequest> byState = switch (state == null ? "open" : state) {
            case "closed" -> p -> !p.open;
            case "all" -> p -> true;
            default -> p -> p.open;
        };
        String headBranch = head == null ? null : head.substring(head.indexOf(':') + 1);
        List<PullRequest> listed = new ArrayList<>();
        for (PullRequest pull : pulls.descendingMap().values()) {
            if (byState.test(pull) && (headBranch == null || pull.head.equals(headBranch))
                    && (base == null || pull.base.equals(base))) {
                listed.add(pull);
            }
        }
        return listed;
    }

    /** {@code PATCH /pulls/{n}}: title, body, base, state ({@code open}/{@code closed}); null leaves a field. */
    public PullRequest update(int number, String title, String body, String base, String state) {
        PullRequest pull = get(number);
        if (pull.merged && state != null) {
            throw GitHubException.validation("PullRequest", "state cannot be changed. The pull request is merged.");
        }
        if (title != null) {
            pull.title = title;
        }
        if (body != null) {
            pull.body = body;
        }
        if (base != null) {
            git.branchHead(base).orElseThrow(() -> GitHubException.validation("PullRequest", "Proposed base branch '" + base + "' was not found"));
            pull.base = base;
        }
        if ("closed".equals(state) && pull.open) {
            pull.open = false;
            pull.closedAt = clock.instant();
        } else if ("open".equals(state) && !pull.open) {
            pull.open = true;
            pull.closedAt = null;
            git.branchHead(pull.head).ifPresent(sha -> pull.headSha = sha);
        }
        pull.updatedAt = clock.instant();
        return pull;
    }

    /** Whether GitHub would call it mergeable: open and merging without conflict. */
    public boolean mergeable(PullRequest pull) {
        Optional<String> base = git.branchHead(pull.base);
        return pull.open && base.isPresent() && git.findCommit(pull.headSha).isPresent()
                && git.mergedFiles(base.get(), pull.headSha).isPresent();
    }

    /**
     * {@code PUT /pulls/{n}/merge}. Merge commits only: squash and rebase are refused (405) as on a repository
     * that allows only merge commits; 405 when closed, in conflict, or a required check is not green; 409 when
     * {@code sha} is given and is not the head.
     *
     * @param checksPassing whether the required status checks pass on the head
     */
    public Merge merge(int number, String sha, String method, String commitTitle, String commitMessage, String user,
            Predicate<PullRequest> checksPassing) {
        PullRequest pull = get(number);
        pull.mergeAttempts++;
        String mergeMethod = method == null ? "merge" : method;
        if (!mergeMethod.equals("merge")) {
            if (!mergeMethod.equals("squash") && !mergeMethod.equals("rebase")) {
                throw GitHubException.validation("PullRequest", "merge_method must be one of merge, squash, rebase");
            }
            throw new GitHubException(405, capitalize(mergeMethod) + " merges are not allowed on this repository.");
        }
        if (!pull.open || !mergeable(pull)) {
            throw new GitHubException(405, "Pull Request is not mergeable");
        }
        if (sha != null && !sha.equals(pull.headSha)) {
            throw new GitHubException(409, "Head branch was modified. Review and try the merge again.");
        }
        if (!checksPassing.test(pull)) {
            throw new GitHubException(405, "Required status check is expected or failing.");
        }
        String title = commitTitle != null ? commitTitle : "Merge pull request #" + number + " from " + pull.head;
        String message = commitMessage != null ? title + "\n\n" + commitMessage : title + "\n\n" + pull.title;
        String baseSha = git.branchHead(pull.base).orElseThrow();
        Commit commit = git.mergeCommit(baseSha, pull.headSha, message, user, user + "@users.noreply.github.com");
        RefChange push = git.updateRef(GitRepository.HEADS + pull.base, commit.sha(), false, user);
        pull.open = false;
        pull.merged = true;
        pull.mergeCommitSha = commit.sha();
        pull.mergedBy = user;
        pull.mergedAt = clock.instant();
        pull.closedAt = pull.mergedAt;
        pull.updatedAt = pull.mergedAt;
        return new Merge(pull, commit, push);
    }

    /** Open pull requests whose head branch moved to {@code sha}; their head is updated (a {@code synchronize}). */
    public List<PullRequest> synchronize(String branch, String sha) {
        List<PullRequest> moved = new ArrayList<>();
        for (PullRequest pull : pulls.values()) {
            if (pull.open && pull.head.equals(branch) && !pull.headSha.equals(sha)) {
                pull.headSha = sha;
                pull.updatedAt = clock.instant();
                moved.add(pull);
            }
        }
        return moved;
    }

    /** Open pull requests whose head branch was deleted: GitHub closes them. */
    public List<PullRequest> closeForDeletedHead(String branch) {
        List<PullRequest> closed = new ArrayList<>();
        for (PullRequest pull : pulls.values()) {
            if (pull.open && pull.head.equals(branch)) {
                pull.open = false;
                pull.closedAt = clock.instant();
                pull.updatedAt = pull.closedAt;
                closed.add(pull);
            }
        }
        return closed;
    }

    public Map<Integer, PullRequest> all() {
        return Map.copyOf(pulls);
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
