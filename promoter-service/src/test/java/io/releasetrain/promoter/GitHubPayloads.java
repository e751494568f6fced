package io.releasetrain.promoter;

import java.util.HashMap;
import java.util.Map;

/** The GitHub webhook payloads the tests send, by event. */
public final class GitHubPayloads {

    private GitHubPayloads() {
    }

    public static String push(String repository, String after) {
        return Payloads.fill("github/push.json", Map.of("repository", repository, "after", after));
    }

    /** A pull request event; {@code merged} only matters for {@code closed}. */
    public static String pullRequest(String repository, String action, int number, String headSha, boolean merged) {
        boolean closed = "closed".equals(action);
        Map<String, String> values = new HashMap<>();
        values.put("repository", repository);
        values.put("action", action);
        values.put("number", String.valueOf(number));
        values.put("head_sha", headSha);
        values.put("state", closed ? "closed" : "open");
        values.put("closed_at", closed ? "\"2019-05-16T02:05:00Z\"" : "null");
        values.put("merged", String.valueOf(closed && merged));
        values.put("merged_at", closed && merged ? "\"2019-05-16T02:05:00Z\"" : "null");
        values.put("merged_by", closed && merged ? "{ \"login\": \"release-train[bot]\", \"id\": 21031067 }" : "null");
        return Payloads.fill("github/pull_request.json", values);
    }

    public static String status(String repository, String sha) {
        return Payloads.fill("github/status.json", Map.of("repository", repository, "sha", sha));
    }

    public static String checkSuite(String repository, String sha) {
        return Payloads.fill("github/check_suite.json", Map.of("repository", repository, "sha", sha));
    }

    public static String checkRun(String repository, String sha) {
        return Payloads.fill("github/check_run.json", Map.of("repository", repository, "sha", sha));
    }

    /**
     * A GitHub Actions run.
     *
     * @param conclusion null while the run is not completed
     * @param pullRequestBase the base branch of the run's pull request, or null for a run without one
     */
    public static String workflowRun(String repository, String action, long runId, String sha, String trigger,
            String conclusion, String pullRequestBase) {
        Map<String, String> values = new HashMap<>();
        values.put("repository", repository);
        values.put("action", action);
        values.put("run_id", String.valueOf(runId));
        values.put("sha", sha);
        values.put("trigger", trigger);
        values.put("head_branch", pullRequestBase == null ? "staging" : "promote/master-to-staging");
        values.put("status", "completed".equals(action) ? "completed" : action);
        values.put("conclusion", conclusion == null ? "null" : "\"" + conclusion + "\"");
        values.put("pull_requests", pullRequestBase == null ? "[]"
                : "[{\"id\": 1, \"number\": 42, \"head\": {\"ref\": \"promote/master-to-staging\", \"sha\": \"" + sha
                        + "\"}, \"base\": {\"ref\": \"" + pullRequestBase + "\", \"sha\": \"f95f852bd8fca8fcc58a9a2d6c842781e32a215e\"}}]");
        return Payloads.fill("github/workflow_run.json", values);
    }

    public static String ping(String repository, long hookId) {
        return Payloads.fill("github/ping.json", Map.of("repository", repository, "hook_id", String.valueOf(hookId)));
    }
}
