package io.releasetrain.sandbox.travis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.releasetrain.sandbox.SandboxConfig;
import io.releasetrain.sandbox.fleet.PpcFleet;
import io.releasetrain.sandbox.fleet.StandUpCallbacks;
import io.releasetrain.sandbox.github.GitHub;
import io.releasetrain.sandbox.github.GitHubEvents;
import io.releasetrain.sandbox.webhook.Promoter;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The simulated Travis CI: builds pushes and pull requests of the simulated GitHub, runs the PPC jobs asked for
 * through the requests API, reports each build as GitHub commit statuses and check runs, and notifies the promoter
 * with signed webhooks. Builds pass unless told to fail; PPC jobs change the simulated fleet.
 */
@ApplicationScoped
public class Travis {

    private static final Logger LOG = Logger.getLogger(Travis.class);
    private static final Set<String> BUILT_ACTIONS = Set.of("opened", "synchronize", "reopened");

    private final GitHub github;
    private final PpcFleet fleet;
    private final StandUpCallbacks callbacks;
    private final Promoter promoter;
    private final ObjectMapper mapper;
    private final SandboxConfig config;
    private final TravisBuilds builds;
    private final TravisJson json;
    private final TravisKey key = new TravisKey();
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, r -> new Thread(r, "travis-builds"));
    private final ExecutorService notifier = Executors.newSingleThreadExecutor(r -> new Thread(r, "travis-webhooks"));

    Travis(GitHub github, PpcFleet fleet, StandUpCallbacks callbacks, Promoter promoter, ObjectMapper mapper,
            SandboxConfig config, Clock clock) {
        this.github = github;
        this.fleet = fleet;
        this.callbacks = callbacks;
        this.promoter = promoter;
        this.mapper = mapper;
        this.config = config;
        this.builds = new TravisBuilds(clock);
        this.json = new TravisJson(config.baseUrl(), github.repository());
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
        notifier.shutdownNow();
    }

    public TravisBuilds builds() {
        return builds;
    }

    public TravisJson json() {
        return json;
    }

    public String publicKeyPem() {
        return key.publicKeyPem();
    }

    public String slug() {
        return github.repository();
    }

    void pushed(@Observes GitHubEvents.Pushed pushed) {
        String branch = pushed.change().branch();
        if (branch == null || pushed.change().deleted()) {
            return;
        }
        String message = pushed.headCommit().title();
        start(builds.create(new TravisBuilds.Trigger("push", branch, pushed.change().after(), pushed.change().before(), null,
                null, null, message), jobs(null), null));
    }

    void pullRequest(@Observes GitHubEvents.PullRequestChanged changed) {
        if (!BUILT_ACTIONS.contains(changed.action())) {
            return;
        }
        String title = String.valueOf(changed.pullRequest().get("title"));
        start(builds.create(new TravisBuilds.Trigger("pull_request", changed.baseBranch(), changed.headSha(),
                github.branchHead(changed.baseBranch()), changed.number(), title, changed.headBranch(), title), jobs(null), null));
    }

    private static List<PpcJob> jobs(Map<String, Object> requestConfig) {
        List<PpcJob> jobs = new ArrayList<>();
        if (requestConfig == null) {
            jobs.add(null);
            return jobs;
        }
        for (Map<String, String> env : PpcJob.jobEnvironments(requestConfig)) {
            jobs.add(PpcJob.from(env));
        }
        return jobs;
    }

    /** {@code POST /repo/{slug}/requests}: a build of {@code branch}'s head with the jobs {@code config} asks for. */
    public TravisBuilds.Request request(String branch, String message, Map<String, Object> requestConfig) {
        String target = branch == null ? "master" : branch;
        String sha = github.branchHead(target);
        if (sha == null) {
            throw new TravisException(404, "not_found", "branch not found (or insufficient access)", "branch");
        }
        TravisBuilds.Request request = builds.request(target, message, requestConfig);
        Build build = builds.create(new TravisBuilds.Trigger("api", target, sha, null, null, null, null,
                message == null ? "API request" : message), jobs(requestConfig == null ? Map.of() : requestConfig), request.id());
        builds.attach(request.id(), build.id());
        start(build);
        return request;
    }

    public boolean cancel(long buildId) {
        boolean canceled = builds.cancel(buildId);
        if (canceled) {
            builds.find(buildId).ifPresent(this::report);
        }
        return canceled;
    }

    private void start(Build build) {
        scheduler.schedule(() -> run(build), config.travis().queueTime().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void run(Build build) {
        try {
            if (!builds.start(build.id)) {
                return;
            }
            report(build);
            Duration duration = "api".equals(build.eventType) ? config.travis().jobDuration() : config.travis().buildDuration();
            scheduler.schedule(() -> finish(build), duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            LOG.errorf(e, "build %d could not start", build.id);
        }
    }

    private void finish(Build build) {
        try {
            if (!"started".equals(build.state)) {
                return;
            }
            Map<Long, Boolean> failed = new HashMap<>();
            for (Build.Job job : build.jobs) {
                failed.put(job.id, !build.failing && job.ppcJob != null && !runPpcJob(job.ppcJob));
            }
            builds.finish(build.id, job -> failed.get(job.id));
            report(build);
        } catch (RuntimeException e) {
            LOG.errorf(e, "build %d could not finish", build.id);
        }
    }

    /** What the job's script does to the fleet; false when it fails. */
    private boolean runPpcJob(PpcJob job) {
        if (job.ppcName() == null) {
            return false;
        }
        if (!"create".equals(job.kind())) {
            return fleet.update(job.ppcName(), job.ppcVersion(), job.sdkVersion());
        }
        String token = fleet.create(job.ppcName(), job.region(), job.ppcVersion(), job.sdkVersion());
        if (job.callbackUrl() != null && job.callbackToken() != null) {
            Map<String, Object> body = token == null ? Map.of("error", "pulumi up failed for " + job.ppcName())
                    : Map.of("endpoint", config.baseUrl().replaceAll("/+$", "") + "/ppcs/" + job.ppcName(), "accessToken", token);
            try {
                callbacks.post(job.callbackUrl(), job.callbackToken(), body);
            } catch (RuntimeException e) {
                LOG.warnf("stand-up callback for %s failed: %s", job.ppcName(), e.getMessage());
                return false;
            }
        }
        return token != null;
    }

    /** Tells GitHub (status, check run) and the promoter (webhook) where the build is. */
    private void report(Build build) {
        String context = build.statusContext();
        if (context != null) {
            String state = switch (build.state) {
                case "passed" -> "success";
                case "failed" -> "failure";
                case "started", "created" -> "pending";
                default -> "error";
            };
            String description = switch (build.state) {
                case "passed" -> "The Travis CI build passed";
                case "failed" -> "The Travis CI build failed";
                case "started", "created" -> "The Travis CI build is in progress";
                default -> "The Travis CI build could not complete due to an error";
            };
            github.createStatus(build.sha, state, context, description, json.buildUrl(build.id), "travis-ci");
            String checkName = "pull_request".equals(build.eventType) ? "Travis CI - Pull Request" : "Travis CI - Branch";
            github.putCheckRun(build.sha, checkName, build.finished() ? "completed" : "in_progress",
                    build.finished() ? ("passed".equals(build.state) ? "success" : "failure") : null, json.buildUrl(build.id),
                    "travis-ci", "Travis CI");
        }
        notify(build);
    }

    private void notify(Build build) {
        byte[] payload;
        try {
            synchronized (builds) {
                payload = mapper.writeValueAsBytes(json.notification(build));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("notification not serializable", e);
        }
        String signature = key.sign(payload);
        if (config.promoter().webhooks()) {
            notifier.execute(() -> promoter.travis(new String(payload, StandardCharsets.UTF_8), signature, slug()));
        }
    }
}
