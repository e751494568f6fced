package io.releasetrain.promoter.ingress.travis;

import io.releasetrain.events.ci.BuildResult;
import io.releasetrain.events.ci.BuildType;
import io.releasetrain.events.ci.CiBuildFinished;
import io.releasetrain.events.ci.CiBuildStarted;
import io.releasetrain.events.ci.CiJob;
import io.releasetrain.events.ci.CiProvider;
import io.releasetrain.promoter.ingress.MalformedPayloadException;
import io.releasetrain.promoter.ingress.Normalized;
import io.releasetrain.promoter.ingress.PayloadFields;
import java.time.Instant;
import java.util.List;

/**
 * Turns a verified Travis CI build notification (the JSON of its {@code payload} form field) into a CI
 * event. Pure: no I/O, no clock.
 *
 * <ul>
 *   <li>{@code type}: {@code push}, {@code pull_request}, {@code api}, {@code cron}.</li>
 *   <li>{@code state}: {@code started} is a {@link CiBuildStarted}; {@code passed}, {@code failed},
 *       {@code errored}, {@code canceled} a {@link CiBuildFinished}; any other state is ignored.</li>
 *   <li>{@code branch}: for a pull-request build Travis CI reports the branch the pull request merges
 *       into, which is what the events call the branch.</li>
 *   <li>commit: the pull request's head commit ({@code head_commit}) for a pull-request build, since that
 *       is the commit a promotion checks; otherwise {@code commit}.</li>
 *   <li>jobs: {@code matrix[]}, each with its id, its name ({@code config.name}, else its number) and state.</li>
 * </ul>
 */
public final class TravisNormalizer {

    /**
     * @param payload    the parsed notification
     * @param repository the repository as configured, which the payload's owner and name matched
     */
    public Normalized normalize(PayloadFields payload, String repository) {
        String type = payload.text("type");
        BuildType buildType = buildType(type);
        String state = payload.text("state");
        String buildId = String.valueOf(payload.number("id"));
        String buildNumber = payload.optionalScalar("number");
        String branch = payload.text("branch");
        Integer pullRequest = buildType == BuildType.PULL_REQUEST ? payload.optionalPositiveInt("pull_request_number") : null;
        String headCommit = payload.optionalText("head_commit");
        String commit = buildType == BuildType.PULL_REQUEST && headCommit != null ? headCommit : payload.text("commit");
        List<CiJob> jobs = jobs(payload);
        String url = payload.optionalText("build_url");
        Instant startedAt = payload.optionalInstant("started_at");
        String workflow = workflow(buildType);
        if ("started".equals(state)) {
            return Normalized.of(new CiBuildStarted(CiProvider.TRAVIS, repository, branch, commit, buildId, buildNumber,
                    buildType, pullRequest, jobs, url, startedAt, workflow));
        }
        BuildResult result = result(state);
        if (result == null) {
            return Normalized.ignored("build state '" + state + "' neither starts nor finishes a build");
        }
        return Normalized.of(new CiBuildFinished(CiProvider.TRAVIS, repository, branch, commit, buildId, buildNumber,
                buildType, pullRequest, jobs, url, startedAt, result, payload.optionalInstant("finished_at"), workflow));
    }

    /**
     * The name promotions gate a Travis CI build by: the commit-status context Travis CI reports the build
     * under on GitHub ({@code continuous-integration/travis-ci/pr} for pull requests, {@code .../push} for
     * pushes, {@code .../api} and {@code .../cron}), so a gate names the same check whichever event arrives first.
     */
    static String workflow(BuildType type) {
        return "continuous-integration/travis-ci/" + switch (type) {
            case PULL_REQUEST -> "pr";
            case PUSH -> "push";
            case API -> "api";
            case CRON -> "cron";
        };
    }

    /** The repository the notification is about, as {@code owner/name}. */
    public static String repository(PayloadFields payload) {
        return payload.text("repository.owner_name") + "/" + payload.text("repository.name");
    }

    private static BuildType buildType(String type) {
        switch (type) {
            case "push":
                return BuildType.PUSH;
            case "pull_request":
                return BuildType.PULL_REQUEST;
            case "api":
                return BuildType.API;
            case "cron":
                return BuildType.CRON;
            default:
                throw new MalformedPayloadException("type must be push, pull_request, api or cron, was '"
                        + (type.length() > 40 ? type.substring(0, 40) + "..." : type) + "'");
        }
    }

    private static BuildResult result(String state) {
        switch (state) {
            case "passed":
                return BuildResult.PASSED;
            case "failed":
                return BuildResult.FAILED;
            case "errored":
                return BuildResult.ERRORED;
            case "canceled":
            case "cancelled":
                return BuildResult.CANCELED;
            default:
                return null;
        }
    }

    private static List<CiJob> jobs(PayloadFields payload) {
        return payload.objects("matrix").stream()
                .map(job -> {
                    String name = job.optionalText("config.name");
                    String number = job.optionalScalar("number");
                    return new CiJob(String.valueOf(job.number("id")), name != null ? name : number, job.optionalText("state"));
                })
                .toList();
    }
}
