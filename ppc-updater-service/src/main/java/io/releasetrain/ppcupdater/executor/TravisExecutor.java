package io.releasetrain.ppcupdater.executor;

import com.fasterxml.jackson.databind.JsonNode;
import io.releasetrain.messaging.remote.RemoteUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Runs PPC jobs as Travis CI API builds: {@code POST /repo/{slug}/requests} with the job's parameters,
 * then follows the request to its build and the build to its end.
 */
@ApplicationScoped
public class TravisExecutor implements PpcJobExecutor {

    private final TravisClient travis;
    private final TravisConfig config;

    TravisExecutor(TravisClient travis, TravisConfig config) {
        this.travis = travis;
        this.config = config;
    }

    @Override
    public JobHandle start(PpcJob job) {
        String script = TravisJobRequest.script(job, config.updateScript(), config.createScript());
        JsonNode answer = travis.createRequest(TravisJobRequest.body(job, config.branch(), script));
        String requestId = answer.path("request").path("id").asText("");
        if (requestId.isEmpty()) {
            throw new RemoteUnavailableException(TravisErrors.SYSTEM, "accepted the request but named no request id", null);
        }
        return new JobHandle(requestId, null, null);
    }

    @Override
    public Optional<JobHandle> findStarted(PpcJob job) {
        String marker = TravisJobRequest.marker(job.jobId());
        for (JsonNode request : travis.recentRequests(config.lookback()).path("requests")) {
            if (request.path("message").asText("").contains(marker)) {
                return Optional.of(new JobHandle(request.path("id").asText(), null, null));
            }
        }
        return Optional.empty();
    }

    @Override
    public JobProgress progress(JobHandle handle) {
        if (handle.buildId() != null) {
            return fromBuild(travis.build(handle.buildId()));
        }
        JsonNode request = travis.request(handle.requestId());
        if ("rejected".equals(request.path("result").asText())) {
            String why = request.path("messages").isArray() && !request.path("messages").isEmpty()
                    ? request.path("messages").get(0).path("message").asText("no reason given")
                    : "no reason given";
            return new JobProgress(JobProgress.State.FAILED, null, null,
                    "Travis CI rejected request " + handle.requestId() + ": " + why);
        }
        JsonNode builds = request.path("builds");
        if (!builds.isArray() || builds.isEmpty()) {
            return JobProgress.queued();
        }
        return fromBuild(builds.get(0));
    }

    /** A build's page, from its id. */
    public String buildUrl(String buildId) {
        return config.webUrl().replaceAll("/+$", "") + "/" + config.repository() + "/builds/" + buildId;
    }

    private JobProgress fromBuild(JsonNode build) {
        String buildId = build.path("id").asText();
        String url = buildUrl(buildId);
        String state = build.path("state").asText("created");
        return switch (state) {
            case "passed" -> new JobProgress(JobProgress.State.PASSED, buildId, url, null);
            case "failed", "errored", "canceled" -> new JobProgress(JobProgress.State.FAILED, buildId, url,
                    "Travis CI build " + build.path("number").asText(buildId) + " " + state);
            case "started" -> new JobProgress(JobProgress.State.RUNNING, buildId, url, null);
            default -> new JobProgress(JobProgress.State.QUEUED, buildId, url, null);
        };
    }
}
