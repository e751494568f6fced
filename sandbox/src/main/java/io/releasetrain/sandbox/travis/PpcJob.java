package io.releasetrain.sandbox.travis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A PPC job asked for through the requests API: the fleet service sends {@code request.config.env.global}
 * as {@code KEY=value} strings (or {@code {KEY: value}} maps, which Travis CI also accepts) with
 * {@code RT_JOB_KIND} ({@code update} or {@code create}), {@code RT_JOB_ID}, {@code PPC_NAME}, {@code PPC_VERSION},
 * {@code SDK_VERSION}, and for a create {@code PPC_REGION}, {@code RT_CALLBACK_URL}, {@code RT_CALLBACK_TOKEN}.
 *
 * @param env every variable of the job
 */
public record PpcJob(String kind, String jobId, String ppcName, String ppcVersion, String sdkVersion, String region,
        String callbackUrl, String callbackToken, Map<String, String> env) {

    /** The jobs a request's config asks for: one per {@code env.jobs} entry (each over {@code env.global}), else one. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, String>> jobEnvironments(Map<String, Object> config) {
        Object env = config == null ? null : config.get("env");
        Map<String, String> global = new LinkedHashMap<>();
        List<Map<String, String>> jobs = new ArrayList<>();
        if (env instanceof List<?> list) {
            global.putAll(variables(list));
        } else if (env instanceof Map<?, ?> map) {
            if (map.get("global") instanceof List<?> list) {
                global.putAll(variables(list));
            }
            if (map.get("jobs") instanceof List<?> list) {
                for (Object entry : list) {
                    Map<String, String> job = new LinkedHashMap<>(global);
                    job.putAll(variables(entry instanceof List<?> l ? l : List.of(entry)));
                    jobs.add(job);
                }
            }
        }
        return jobs.isEmpty() ? List.of(global) : jobs;
    }

    /** The PPC job described by {@code env}, or null when it names no {@code RT_JOB_KIND}. */
    public static PpcJob from(Map<String, String> env) {
        String kind = env.get("RT_JOB_KIND");
        if (kind == null) {
            return null;
        }
        return new PpcJob(kind, env.get("RT_JOB_ID"), env.get("PPC_NAME"), env.get("PPC_VERSION"), env.get("SDK_VERSION"),
                env.get("PPC_REGION"), env.get("RT_CALLBACK_URL"), env.get("RT_CALLBACK_TOKEN"), Map.copyOf(env));
    }

    /** The job's name as Travis CI lists it. */
    public String displayName() {
        return ("create".equals(kind) ? "Create PPC (" : "Update PPC (") + ppcName + ")";
    }

    private static Map<String, String> variables(List<?> entries) {
        Map<String, String> variables = new LinkedHashMap<>();
        for (Object entry : entries) {
            if (entry instanceof String text) {
                int equals = text.indexOf('=');
                if (equals > 0) {
                    variables.put(text.substring(0, equals).trim(), unquote(text.substring(equals + 1).trim()));
                }
            } else if (entry instanceof Map<?, ?> map) {
                map.forEach((k, v) -> variables.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
            }
        }
        return variables;
    }

    private static String unquote(String value) {
        boolean quoted = value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"));
        return quoted ? value.substring(1, value.length() - 1) : value;
    }
}
