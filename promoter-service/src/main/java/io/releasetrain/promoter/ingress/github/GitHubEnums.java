package io.releasetrain.promoter.ingress.github;

import io.releasetrain.events.ci.BuildResult;
import io.releasetrain.events.ci.BuildType;
import io.releasetrain.events.scm.CheckConclusion;
import io.releasetrain.events.scm.CommitState;
import io.releasetrain.promoter.ingress.MalformedPayloadException;
import io.releasetrain.promoter.ingress.PayloadFields;
import java.util.Locale;
import java.util.Optional;

/** GitHub's words for states, conclusions and triggers, in the train's enums. */
final class GitHubEnums {

    private GitHubEnums() {
    }

    static CommitState commitState(PayloadFields payload, String path) {
        return parse(CommitState.class, payload.text(path), path);
    }

    static CheckConclusion checkConclusion(PayloadFields payload, String path) {
        String value = payload.optionalText(path);
        if (value == null) {
            throw new MalformedPayloadException(path + " is required for a completed check");
        }
        return parse(CheckConclusion.class, value, path);
    }

    /** The build type of a workflow run's trigger; empty for triggers that are not builds the train follows. */
    static Optional<BuildType> buildType(String trigger) {
        switch (trigger) {
            case "push":
                return Optional.of(BuildType.PUSH);
            case "pull_request":
            case "pull_request_target":
                return Optional.of(BuildType.PULL_REQUEST);
            case "schedule":
                return Optional.of(BuildType.CRON);
            case "workflow_dispatch":
            case "repository_dispatch":
                return Optional.of(BuildType.API);
            default:
                return Optional.empty();
        }
    }

    /**
     * The result of a workflow run's conclusion; empty for conclusions that neither pass nor fail a build
     * ({@code neutral}, {@code skipped}, {@code stale}, {@code action_required}), or none.
     */
    static Optional<BuildResult> buildResult(String conclusion) {
        if (conclusion == null) {
            return Optional.empty();
        }
        switch (conclusion) {
            case "success":
                return Optional.of(BuildResult.PASSED);
            case "failure":
                return Optional.of(BuildResult.FAILED);
            case "cancelled":
                return Optional.of(BuildResult.CANCELED);
            case "timed_out":
            case "startup_failure":
                return Optional.of(BuildResult.ERRORED);
            default:
                return Optional.empty();
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String path) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MalformedPayloadException(path + " has an unknown value '"
                    + (value.length() > 40 ? value.substring(0, 40) + "..." : value) + "'");
        }
    }
}
