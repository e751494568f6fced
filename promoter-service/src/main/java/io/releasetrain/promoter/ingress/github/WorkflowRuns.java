package io.releasetrain.promoter.ingress.github;

import io.releasetrain.events.ci.BuildResult;
import io.releasetrain.events.ci.BuildType;
import io.releasetrain.events.ci.CiBuildFinished;
import io.releasetrain.events.ci.CiBuildStarted;
import io.releasetrain.events.ci.CiProvider;
import io.releasetrain.promoter.ingress.Normalized;
import io.releasetrain.promoter.ingress.PayloadFields;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * GitHub Actions as a CI provider: a {@code workflow_run} delivery as a CI build. {@code in_progress}
 * starts the build ({@code requested} only queues it), {@code completed} finishes it. For a pull-request
 * run the branch is the one the pull request merges into, as for Travis CI; a run from a fork, which
 * GitHub lists with no pull requests, falls back to its head branch.
 */
final class WorkflowRuns {

    private WorkflowRuns() {
    }

    static Normalized normalize(PayloadFields payload, String repository) {
        String action = payload.text("action");
        if (!"in_progress".equals(action) && !"completed".equals(action)) {
            return Normalized.ignored("workflow_run action '" + action + "' neither starts nor finishes a build");
        }
        String trigger = payload.text("workflow_run.event");
        Optional<BuildType> type = GitHubEnums.buildType(trigger);
        if (type.isEmpty()) {
            return Normalized.ignored("workflow runs triggered by '" + trigger + "' are not builds the train follows");
        }
        List<PayloadFields> pullRequests = payload.objects("workflow_run.pull_requests");
        String branch = pullRequests.isEmpty() ? payload.optionalText("workflow_run.head_branch")
                : pullRequests.get(0).text("base.ref");
        if (branch == null) {
            return Normalized.ignored("workflow run is not for a branch");
        }
        Integer pullRequest = pullRequests.isEmpty() ? null : pullRequests.get(0).optionalPositiveInt("number");
        String buildId = String.valueOf(payload.number("workflow_run.id"));
        Long runNumber = payload.optionalNumber("workflow_run.run_number");
        String buildNumber = runNumber == null ? null : String.valueOf(runNumber);
        String sha = payload.text("workflow_run.head_sha");
        String url = payload.optionalText("workflow_run.html_url");
        Instant startedAt = payload.optionalInstant("workflow_run.run_started_at");
        String workflow = payload.optionalText("workflow_run.name");
        if ("in_progress".equals(action)) {
            return Normalized.of(new CiBuildStarted(CiProvider.GITHUB_ACTIONS, repository, branch, sha, buildId,
                    buildNumber, type.get(), pullRequest, List.of(), url, startedAt, workflow));
        }
        String conclusion = payload.optionalText("workflow_run.conclusion");
        Optional<BuildResult> result = GitHubEnums.buildResult(conclusion);
        if (result.isEmpty()) {
            return Normalized.ignored("workflow run concluded '" + conclusion + "', which neither passes nor fails a build");
        }
        return Normalized.of(new CiBuildFinished(CiProvider.GITHUB_ACTIONS, repository, branch, sha, buildId,
                buildNumber, type.get(), pullRequest, List.of(), url, startedAt, result.get(),
                payload.optionalInstant("workflow_run.updated_at"), workflow));
    }
}
