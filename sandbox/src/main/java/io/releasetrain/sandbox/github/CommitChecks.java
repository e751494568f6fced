package io.releasetrain.sandbox.github;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Commit statuses and check runs by commit, and GitHub's combined state. Pure, not thread-safe. */
public final class CommitChecks {

    /** One commit status, as {@code POST /statuses/{sha}} creates it. */
    public record Status(long id, String sha, String state, String context, String description, String targetUrl,
            String creator, Instant createdAt) {
    }

    /** One completed or in-progress check run. */
    public record CheckRun(long id, String sha, String name, String status, String conclusion, String detailsUrl,
            String appSlug, String appName, Instant startedAt, Instant completedAt) {
    }

    private static final Set<String> STATES = Set.of("error", "failure", "pending", "success");

    private final Clock clock;
    private final Map<String, List<Status>> statuses = new HashMap<>();
    private final Map<String, List<CheckRun>> checkRuns = new HashMap<>();
    private long nextId = 1000;

    public CommitChecks(Clock clock) {
        this.clock = clock;
    }

    /** Adds a status; 422 for a state GitHub does not know. */
    public Status addStatus(String sha, String state, String context, String description, String targetUrl, String creator) {
        if (state == null || !STATES.contains(state)) {
            throw GitHubException.validation("Status", "state is not included in the list");
        }
        Status status = new Status(nextId++, sha, state, context == null ? "default" : context, description, targetUrl,
                creator, clock.instant());
        statuses.computeIfAbsent(sha, s -> new ArrayList<>()).add(0, status);
        return status;
    }

    /** Every status of the commit, newest first. */
    public List<Status> statuses(String sha) {
        return List.copyOf(statuses.getOrDefault(sha, List.of()));
    }

    /** The newest status per context, as the combined status lists them. */
    public Collection<Status> latestByContext(String sha) {
        Map<String, Status> latest = new LinkedHashMap<>();
        for (Status status : statuses(sha)) {
            latest.putIfAbsent(status.context(), status);
        }
        return latest.values();
    }

    /** GitHub's combined state: failure if any error or failure, pending if any pending or none, else success. */
    public String combinedState(String sha) {
        Collection<Status> latest = latestByContext(sha);
        if (latest.stream().anyMatch(s -> s.state().equals("error") || s.state().equals("failure"))) {
            return "failure";
        }
        if (latest.isEmpty() || latest.stream().anyMatch(s -> s.state().equals("pending"))) {
            return "pending";
        }
        return "success";
    }

    /** Whether each context has a latest status of {@code success} on the commit. */
    public boolean passing(String sha, List<String> contexts) {
        Collection<Status> latest = latestByContext(sha);
        return contexts.stream().allMatch(context -> latest.stream()
                .anyMatch(s -> s.context().equals(context) && s.state().equals("success")));
    }

    /** Adds or replaces (by name) a check run of the commit. */
    public CheckRun putCheckRun(String sha, String name, String status, String conclusion, String detailsUrl,
            String appSlug, String appName) {
        List<CheckRun> runs = checkRuns.computeIfAbsent(sha, s -> new ArrayList<>());
        Instant now = clock.instant();
        CheckRun previous = runs.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
        CheckRun run = new CheckRun(previous == null ? nextId++ : previous.id(), sha, name, status, conclusion, detailsUrl,
                appSlug, appName, previous == null ? now : previous.startedAt(), "completed".equals(status) ? now : null);
        runs.remove(previous);
        runs.add(0, run);
        return run;
    }

    public List<CheckRun> checkRuns(String sha) {
        return List.copyOf(checkRuns.getOrDefault(sha, List.of()));
    }
}
