package io.releasetrain.promoter;

import java.util.HashMap;
import java.util.Map;

/** Travis CI build notifications, the JSON of the {@code payload} form field. */
public final class TravisPayloads {

    private TravisPayloads() {
    }

    /**
     * A build notification.
     *
     * @param type  push, pull_request, api or cron
     * @param state started, passed, failed, errored or canceled
     */
    public static String build(String repository, long buildId, String type, String state, String commit) {
        return build(repository, buildId, type, state, commit, "staging");
    }

    /** A build on {@code branch} (for a pull-request build, the branch it merges into). */
    public static String build(String repository, long buildId, String type, String state, String commit, String branch) {
        boolean pullRequest = "pull_request".equals(type);
        boolean finished = !"started".equals(state);
        String[] slug = repository.split("/");
        Map<String, String> values = new HashMap<>();
        values.put("repository", repository);
        values.put("repository_owner", slug[0]);
        values.put("repository_name", slug[1]);
        values.put("build_id", String.valueOf(buildId));
        values.put("job_id_1", String.valueOf(buildId + 1));
        values.put("job_id_2", String.valueOf(buildId + 2));
        values.put("number", "4601");
        values.put("type", type);
        values.put("state", state);
        values.put("job_state", state);
        values.put("status", "passed".equals(state) ? "0" : "1");
        values.put("status_message", statusMessage(state));
        values.put("finished_at", finished ? "\"2019-05-15T15:26:25Z\"" : "null");
        values.put("commit", pullRequest ? "0a1b2c3d4e5f60718293a4b5c6d7e8f901234567" : commit);
        values.put("head_commit", pullRequest ? "\"" + commit + "\"" : "null");
        values.put("base_commit", pullRequest ? "\"f95f852bd8fca8fcc58a9a2d6c842781e32a215e\"" : "null");
        values.put("branch", branch);
        values.put("is_pull_request", String.valueOf(pullRequest));
        values.put("pull_request_number", pullRequest ? "42" : "null");
        values.put("pull_request_title", pullRequest ? "\"Promote master to staging\"" : "null");
        return Payloads.fill("travis/build.json", values);
    }

    private static String statusMessage(String state) {
        switch (state) {
            case "started": return "Pending";
            case "passed": return "Passed";
            case "failed": return "Broken";
            case "errored": return "Errored";
            case "canceled": return "Canceled";
            default: return "Pending";
        }
    }
}
