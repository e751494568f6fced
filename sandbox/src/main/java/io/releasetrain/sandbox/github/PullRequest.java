package io.releasetrain.sandbox.github;

import java.time.Instant;

/** A pull request of the simulated repository; mutated only by {@link PullRequests} under {@link GitHub}'s lock. */
public final class PullRequest {

    final int number;
    final String user;
    final String head;
    final Instant createdAt;
    String title;
    String body;
    String base;
    String headSha;
    boolean open = true;
    boolean merged;
    String mergeCommitSha;
    String mergedBy;
    Instant updatedAt;
    Instant closedAt;
    Instant mergedAt;
    /** Calls of the merge endpoint on this pull request, refused ones included: a second one is a duplicate merge attempt. */
    int mergeAttempts;

    PullRequest(int number, String user, String title, String body, String head, String base, String headSha,
            Instant createdAt) {
        this.number = number;
        this.user = user;
        this.title = title;
        this.body = body;
        this.head = head;
        this.base = base;
        this.headSha = headSha;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    public String head() {
        return head;
    }

    public String base() {
        return base;
    }

    public String headSha() {
        return headSha;
    }

    public boolean open() {
        return open;
    }

    public boolean merged() {
        return merged;
    }

    public String mergeCommitSha() {
        return mergeCommitSha;
    }
}
