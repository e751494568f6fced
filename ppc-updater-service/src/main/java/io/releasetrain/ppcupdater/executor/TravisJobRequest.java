package io.releasetrain.ppcupdater.executor;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * The body of a Travis CI API v3 {@code POST /repo/{slug}/requests} that runs one PPC job: the branch,
 * a message carrying the job id (how a started job is found again), and a config merged into the
 * repository's {@code .travis.yml} with the job's parameters as {@code env.global} and the PPC script.
 */
final class TravisJobRequest {

    private TravisJobRequest() {
    }

    /** The marker in a request's message that names the train's job. */
    static String marker(String jobId) {
        return "[rt-job " + jobId + "]";
    }

    static ObjectNode body(PpcJob job, String branch, String script) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode config = json.objectNode();
        config.put("merge_mode", "deep_merge");
        ArrayNode global = config.putObject("env").putArray("global");
        environment(job).forEach(global::add);
        config.put("script", script);
        ObjectNode request = json.objectNode();
        request.put("branch", branch);
        request.put("message", message(job));
        request.set("config", config);
        ObjectNode body = json.objectNode();
        body.set("request", request);
        return body;
    }

    static String message(PpcJob job) {
        String what = job.kind() == JobKind.CREATE ? "Create PPC " : "Update PPC ";
        return "Release Train: " + what + job.ppcName() + " to " + job.ppcVersion() + " " + marker(job.jobId());
    }

    /** The job's parameters as {@code KEY=value} entries, in a stable order. */
    static List<String> environment(PpcJob job) {
        List<String> entries = new ArrayList<>();
        entries.add("RT_JOB_KIND=" + job.kind().name().toLowerCase(Locale.ROOT));
        entries.add("RT_JOB_ID=" + job.jobId());
        entries.add("PPC_NAME=" + job.ppcName());
        entries.add("PULUMI_STACK_NAME_OVERRIDE=" + job.namePrefix());
        entries.add("PPC_SUFFIX=" + job.nameSuffix());
        entries.add("PPC_VERSION=" + job.ppcVersion());
        if (job.sdkVersion() != null) {
            entries.add("SDK_VERSION=" + job.sdkVersion());
        }
        entries.addAll(job.config());
        new TreeMap<>(job.extra()).forEach((key, value) -> entries.add(key + "=" + value));
        return entries;
    }

    /** The script line: the suffix, and for a create job the region. */
    static String script(PpcJob job, String updateScript, String createScript) {
        if (job.kind() == JobKind.CREATE) {
            return createScript + " " + job.nameSuffix() + " " + job.extra().getOrDefault("PPC_REGION", "");
        }
        return updateScript + " " + job.nameSuffix();
    }
}
