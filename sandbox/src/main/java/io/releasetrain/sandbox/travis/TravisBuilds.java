package io.releasetrain.sandbox.travis;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/** The simulated Travis CI's builds and API requests, and which branches' next build fails. Thread-safe. */
public final class TravisBuilds {

    /** A request made through {@code POST /repo/{slug}/requests}. */
    public record Request(long id, String branch, String message, Map<String, Object> config, List<Long> builds,
            java.time.Instant createdAt) {
    }

    /** What a new build is: its trigger and commit. */
    public record Trigger(String eventType, String branch, String sha, String baseSha, Integer pullRequest,
            String pullRequestTitle, String headBranch, String message) {
    }

    private final Clock clock;
    private final TreeMap<Long, Build> builds = new TreeMap<>();
    private final TreeMap<Long, Request> requests = new TreeMap<>();
    private final Set<String> failNext = new HashSet<>();
    private long nextId = 1;
    private int nextNumber = 1;

    public TravisBuilds(Clock clock) {
        this.clock = clock;
    }

    /** The next push or pull-request build of {@code branch} (its branch, or a pull request's head branch) fails. */
    public synchronized void failNextBuild(String branch) {
        failNext.add(branch);
    }

    public synchronized Set<String> failingNext() {
        return Set.copyOf(failNext);
    }

    /** A new build with one job per entry of {@code ppcJobs} (null entries: an ordinary test job). */
    public synchronized Build create(Trigger trigger, List<PpcJob> ppcJobs, Long requestId) {
        boolean failing = !"api".equals(trigger.eventType())
                && (failNext.remove(trigger.branch()) || trigger.headBranch() != null && failNext.remove(trigger.headBranch()));
        long id = nextId++;
        int number = nextNumber++;
        List<Build.Job> jobs = new ArrayList<>();
        for (int i = 0; i < ppcJobs.size(); i++) {
            PpcJob job = ppcJobs.get(i);
            String name = job != null ? job.displayName() : "pull_request".equals(trigger.eventType()) ? "Test (pull request)"
                    : "Deploy and test (" + trigger.branch() + ")";
            jobs.add(new Build.Job(nextId++, number + "." + (i + 1), name, job));
        }
        Build build = new Build(id, number, trigger.eventType(), trigger.branch(), trigger.sha(), trigger.baseSha(),
                trigger.pullRequest(), trigger.pullRequestTitle(), trigger.headBranch(), trigger.message(), requestId, failing,
                clock.instant(), jobs);
        builds.put(id, build);
        return build;
    }

    public synchronized Request request(String branch, String message, Map<String, Object> config) {
        Request request = new Request(nextId++, branch, message, config, new ArrayList<>(), clock.instant());
        requests.put(request.id(), request);
        return request;
    }

    public synchronized void attach(long requestId, long buildId) {
        requests.get(requestId).builds().add(buildId);
    }

    public synchronized Optional<Request> findRequest(long id) {
        return Optional.ofNullable(requests.get(id));
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests.descendingMap().values());
    }

    public synchronized Optional<Build> find(long id) {
        return Optional.ofNullable(builds.get(id));
    }

    public synchronized Optional<Build> findByJob(long jobId) {
        return builds.values().stream().filter(b -> b.jobs.stream().anyMatch(j -> j.id == jobId)).findFirst();
    }

    public synchronized List<Build> list(Predicate<Build> filter) {
        return builds.descendingMap().values().stream().filter(filter).toList();
    }

    /** Marks the build and its jobs started; false when it already finished (canceled). */
    public synchronized boolean start(long id) {
        Build build = builds.get(id);
        if (build.finished()) {
            return false;
        }
        build.state = "started";
        build.startedAt = clock.instant();
        build.jobs.forEach(job -> job.state = "started");
        return true;
    }

    /** Finishes the build: each job passes unless {@code jobFails} says it fails; the build fails if any job did. */
    public synchronized void finish(long id, Predicate<Build.Job> jobFails) {
        Build build = builds.get(id);
        boolean anyFailed = false;
        for (Build.Job job : build.jobs) {
            boolean failed = build.failing || jobFails.test(job);
            job.state = failed ? "failed" : "passed";
            anyFailed |= failed;
        }
        build.state = anyFailed ? "failed" : "passed";
        build.finishedAt = clock.instant();
    }

    /** Cancels a build that has not finished; false when it had. */
    public synchronized boolean cancel(long id) {
        Build build = builds.get(id);
        if (build == null || build.finished()) {
            return false;
        }
        build.state = "canceled";
        build.finishedAt = clock.instant();
        build.jobs.forEach(job -> job.state = "canceled");
        return true;
    }
}
