package io.releasetrain.sandbox.travis;

import java.time.Instant;
import java.util.List;

/** A build of the simulated Travis CI; mutated only under {@link TravisBuilds}'s lock. */
public final class Build {

    /** One job of a build; PPC jobs carry their {@link PpcJob}. */
    public static final class Job {
        final long id;
        final String number;
        final String name;
        final PpcJob ppcJob;
        String state = "created";

        Job(long id, String number, String name, PpcJob ppcJob) {
            this.id = id;
            this.number = number;
            this.name = name;
            this.ppcJob = ppcJob;
        }

        public long id() {
            return id;
        }

        public String state() {
            return state;
        }

        public String name() {
            return name;
        }

        public PpcJob ppcJob() {
            return ppcJob;
        }
    }

    final long id;
    final int number;
    final String eventType;
    final String branch;
    final String sha;
    final String baseSha;
    final Integer pullRequest;
    final String pullRequestTitle;
    final String headBranch;
    final String message;
    final Long requestId;
    final boolean failing;
    final Instant createdAt;
    final List<Job> jobs;
    String state = "created";
    Instant startedAt;
    Instant finishedAt;

    Build(long id, int number, String eventType, String branch, String sha, String baseSha, Integer pullRequest,
            String pullRequestTitle, String headBranch, String message, Long requestId, boolean failing, Instant createdAt,
            List<Job> jobs) {
        this.id = id;
        this.number = number;
        this.eventType = eventType;
        this.branch = branch;
        this.sha = sha;
        this.baseSha = baseSha;
        this.pullRequest = pullRequest;
        this.pullRequestTitle = pullRequestTitle;
        this.headBranch = headBranch;
        this.message = message;
        this.requestId = requestId;
        this.failing = failing;
        this.createdAt = createdAt;
        this.jobs = List.copyOf(jobs);
    }

    public long id() {
        return id;
    }

    public String state() {
        return state;
    }

    public String eventType() {
        return eventType;
    }

    public String branch() {
        return branch;
    }

    public String sha() {
        return sha;
    }

    public List<Job> jobs() {
        return jobs;
    }

    /** The GitHub status context Travis CI reports this build under, or null for API builds. */
    public String statusContext() {
        return switch (eventType) {
            case "push" -> "continuous-integration/travis-ci/push";
            case "pull_request" -> "continuous-integration/travis-ci/pr";
            default -> null;
        };
    }

    boolean finished() {
        return finishedAt != null;
    }
}
