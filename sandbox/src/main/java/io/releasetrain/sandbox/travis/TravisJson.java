package io.releasetrain.sandbox.travis;

import static io.releasetrain.sandbox.json.Json.object;
import static io.releasetrain.sandbox.json.Json.time;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Travis CI API v3 representations, and the webhook notification payload. */
public final class TravisJson {

    static final long REPO_ID = 4242;

    private final String slug;
    private final String webUrl;

    public TravisJson(String baseUrl, String slug) {
        this.slug = slug;
        this.webUrl = baseUrl.replaceAll("/+$", "") + "/web/travis/" + slug;
    }

    public String buildUrl(long buildId) {
        return webUrl + "/builds/" + buildId;
    }

    public Map<String, Object> repository() {
        return object("@type", "repository", "@href", "/repo/" + REPO_ID, "@representation", "minimal", "id", REPO_ID,
                "name", slug.substring(slug.indexOf('/') + 1), "slug", slug);
    }

    private Map<String, Object> commit(Build build) {
        return object("@type", "commit", "@representation", "minimal", "id", Math.abs(build.sha.hashCode()), "sha", build.sha,
                "ref", build.pullRequest != null ? "refs/pull/" + build.pullRequest + "/merge" : "refs/heads/" + build.branch,
                "message", build.message, "compare_url", webUrl + "/compare/" + build.sha, "committed_at", time(build.createdAt));
    }

    private static Long duration(Build build) {
        return build.startedAt == null || build.finishedAt == null ? null
                : Duration.between(build.startedAt, build.finishedAt).toSeconds();
    }

    public Map<String, Object> minimalBuild(Build build) {
        return object("@type", "build", "@href", "/build/" + build.id, "@representation", "minimal", "id", build.id,
                "number", String.valueOf(build.number), "state", build.state, "duration", duration(build),
                "event_type", build.eventType, "previous_state", null, "pull_request_title", build.pullRequestTitle,
                "pull_request_number", build.pullRequest, "started_at", time(build.startedAt),
                "finished_at", time(build.finishedAt), "private", true, "priority", false);
    }

    public Map<String, Object> build(Build build) {
        Map<String, Object> json = minimalBuild(build);
        json.put("@representation", "standard");
        json.put("repository", repository());
        json.put("branch", object("@type", "branch", "@href", "/repo/" + REPO_ID + "/branch/" + build.branch,
                "@representation", "minimal", "name", build.branch));
        json.put("tag", null);
        json.put("commit", commit(build));
        json.put("jobs", build.jobs.stream().map(job -> object("@type", "job", "@href", "/job/" + job.id,
                "@representation", "minimal", "id", job.id)).toList());
        json.put("stages", List.of());
        json.put("created_by", object("@type", "user", "@representation", "minimal", "id", 1, "login", owner()));
        json.put("updated_at", time(build.finishedAt != null ? build.finishedAt : build.startedAt != null ? build.startedAt : build.createdAt));
        return json;
    }

    public Map<String, Object> job(Build build, Build.Job job) {
        return object("@type", "job", "@href", "/job/" + job.id, "@representation", "standard", "id", job.id,
                "allow_failure", false, "number", job.number, "state", job.state, "started_at", time(build.startedAt),
                "finished_at", time(build.finishedAt), "build", minimalBuild(build), "queue", "builds.sandbox",
                "repository", repository(), "commit", commit(build),
                "owner", object("@type", "user", "@representation", "minimal", "id", 1, "login", owner()),
                "stage", null, "created_at", time(build.createdAt), "updated_at", time(build.finishedAt), "private", true,
                "config", object("name", job.name, "env", job.ppcJob == null ? List.of()
                        : job.ppcJob.env().entrySet().stream().filter(e -> !e.getKey().equals("RT_CALLBACK_TOKEN"))
                        .map(e -> e.getKey() + "=" + e.getValue()).toList()));
    }

    public Map<String, Object> request(TravisBuilds.Request request, List<Build> builds) {
        return object("@type", "request", "@href", "/repo/" + REPO_ID + "/request/" + request.id(), "@representation", "standard",
                "id", request.id(), "state", builds.isEmpty() ? "pending" : "processed", "result", "approved",
                "message", request.message(), "repository", repository(), "branch_name", request.branch(),
                "commit", builds.isEmpty() ? null : commit(builds.get(0)),
                "builds", builds.stream().map(this::minimalBuild).toList(),
                "owner", object("@type", "user", "@representation", "minimal", "id", 1, "login", owner()),
                "event_type", "api", "created_at", time(request.createdAt()));
    }

    /** The webhook notification (the JSON of the {@code payload} form field). */
    public Map<String, Object> notification(Build build) {
        int status = switch (build.state) {
            case "passed" -> 0;
            case "started", "created" -> 0;
            default -> 1;
        };
        String message = switch (build.state) {
            case "passed" -> "Passed";
            case "failed" -> "Failed";
            case "started" -> "Pending";
            case "canceled" -> "Canceled";
            default -> "Errored";
        };
        return object("id", build.id, "number", String.valueOf(build.number), "config", object("language", "go"),
                "type", build.eventType, "state", build.state, "status", status, "result", status,
                "status_message", message, "result_message", message, "started_at", time(build.startedAt),
                "finished_at", time(build.finishedAt), "duration", duration(build), "build_url", buildUrl(build.id),
                "commit_id", Math.abs(build.sha.hashCode()), "commit", build.sha, "base_commit", build.baseSha,
                "head_commit", build.pullRequest != null ? build.sha : null, "branch", build.branch, "message", build.message,
                "compare_url", webUrl + "/compare/" + build.sha, "committed_at", time(build.createdAt),
                "author_name", "octocat", "author_email", "octocat@example.com", "committer_name", "octocat",
                "committer_email", "octocat@example.com", "pull_request", build.pullRequest != null,
                "pull_request_number", build.pullRequest, "pull_request_title", build.pullRequestTitle, "tag", null,
                "repository", object("id", REPO_ID, "name", slug.substring(slug.indexOf('/') + 1), "owner_name", owner(), "url", null),
                "matrix", build.jobs.stream().map(job -> object("id", job.id, "repository_id", REPO_ID, "parent_id", build.id,
                        "number", job.number, "state", job.state, "config", object("name", job.name), "status", status,
                        "result", status, "commit", build.sha, "branch", build.branch, "message", build.message,
                        "started_at", time(build.startedAt), "finished_at", time(build.finishedAt), "allow_failure", false))
                        .toList());
    }

    private String owner() {
        return slug.substring(0, slug.indexOf('/'));
    }
}
