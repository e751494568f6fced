package io.releasetrain.promoter.ingress.github;

import io.releasetrain.events.scm.BranchPushed;
import io.releasetrain.events.scm.CheckFinished;
import io.releasetrain.events.scm.CheckKind;
import io.releasetrain.events.scm.CommitStatusChanged;
import io.releasetrain.events.scm.PullRequestClosed;
import io.releasetrain.events.scm.PullRequestOpened;
import io.releasetrain.events.scm.PullRequestReopened;
import io.releasetrain.events.scm.PullRequestSynchronized;
import io.releasetrain.promoter.ingress.MalformedPayloadException;
import io.releasetrain.promoter.ingress.Normalized;
import io.releasetrain.promoter.ingress.PayloadFields;
import java.util.Set;

/**
 * Turns a verified GitHub webhook payload into the train's SCM and CI events. Pure: no I/O, no clock.
 *
 * <p>Handled: {@code push} to a branch, {@code pull_request} opened/synchronize/reopened/closed,
 * {@code status}, {@code check_suite} and {@code check_run} completed, and {@code workflow_run} (GitHub
 * Actions) in_progress/completed. Everything else is {@link Normalized.Ignored} with the reason.
 * Payloads follow GitHub's documented webhook formats; a handled payload that lacks a field the event
 * needs raises {@link MalformedPayloadException} naming it.
 */
public final class GitHubNormalizer {

    /** The event types the train follows; deliveries of any other type are ignored unread. */
    public static final Set<String> HANDLED = Set.of("push", "pull_request", "status", "check_suite", "check_run",
            "workflow_run");

    private static final String BRANCH_PREFIX = "refs/heads/";

    /**
     * @param event      the {@code X-GitHub-Event} header, one of {@link #HANDLED}
     * @param payload    the parsed payload
     * @param repository the repository as configured, which the payload's {@code repository.full_name} matched
     */
    public Normalized normalize(String event, PayloadFields payload, String repository) {
        switch (event) {
            case "push":
                return push(payload, repository);
            case "pull_request":
                return pullRequest(payload, repository);
            case "status":
                return Normalized.of(status(payload, repository));
            case "check_suite":
                return checkSuite(payload, repository);
            case "check_run":
                return checkRun(payload, repository);
            case "workflow_run":
                return WorkflowRuns.normalize(payload, repository);
            default:
                return Normalized.ignored("event type '" + event + "' is not used by the release train");
        }
    }

    private static Normalized push(PayloadFields payload, String repository) {
        String ref = payload.text("ref");
        if (!ref.startsWith(BRANCH_PREFIX)) {
            return Normalized.ignored("push to " + ref + " is not a push to a branch");
        }
        String branch = ref.substring(BRANCH_PREFIX.length());
        if (payload.bool("deleted", false)) {
            return Normalized.ignored("branch " + branch + " was deleted");
        }
        String pusher = payload.optionalText("pusher.name");
        return Normalized.of(new BranchPushed(repository, branch, payload.text("before"), payload.text("after"),
                pusher != null ? pusher : payload.text("sender.login"), payload.bool("forced", false)));
    }

    private static Normalized pullRequest(PayloadFields payload, String repository) {
        String action = payload.text("action");
        if (!Set.of("opened", "synchronize", "reopened", "closed").contains(action)) {
            return Normalized.ignored("pull_request action '" + action + "' is not used by the release train");
        }
        int number = positiveInt(payload, "number");
        String title = payload.has("pull_request.title") ? stringOrEmpty(payload, "pull_request.title") : "";
        String author = payload.text("pull_request.user.login");
        String headBranch = payload.text("pull_request.head.ref");
        String headSha = payload.text("pull_request.head.sha");
        String baseBranch = payload.text("pull_request.base.ref");
        String url = payload.text("pull_request.html_url");
        switch (action) {
            case "opened":
                return Normalized.of(new PullRequestOpened(repository, number, title, author, headBranch, headSha, baseBranch, url));
            case "synchronize":
                return Normalized.of(new PullRequestSynchronized(repository, number, title, author, headBranch, headSha, baseBranch, url));
            case "reopened":
                return Normalized.of(new PullRequestReopened(repository, number, title, author, headBranch, headSha, baseBranch, url));
            default:
                boolean merged = payload.bool("pull_request.merged", false);
                // GitHub fills merge_commit_sha with a test merge even for unmerged pull requests.
                String mergeCommit = merged ? payload.text("pull_request.merge_commit_sha") : null;
                String mergedBy = merged ? payload.optionalText("pull_request.merged_by.login") : null;
                return Normalized.of(new PullRequestClosed(repository, number, headBranch, headSha, baseBranch, merged,
                        mergeCommit, mergedBy, url));
        }
    }

    private static CommitStatusChanged status(PayloadFields payload, String repository) {
        return new CommitStatusChanged(repository, payload.text("sha"), payload.text("context"),
                GitHubEnums.commitState(payload, "state"), payload.optionalText("target_url"),
                payload.optionalText("description"),
                payload.objects("branches").stream().map(branch -> branch.text("name")).toList());
    }

    private static Normalized checkSuite(PayloadFields payload, String repository) {
        String action = payload.text("action");
        if (!"completed".equals(action)) {
            return Normalized.ignored("check_suite action '" + action + "' is not a finished check");
        }
        String app = payload.optionalText("check_suite.app.slug");
        String appName = payload.optionalText("check_suite.app.name");
        String name = appName != null ? appName : app;
        if (name == null) {
            throw new MalformedPayloadException("check_suite.app.name is required");
        }
        return Normalized.of(new CheckFinished(repository, payload.text("check_suite.head_sha"),
                payload.optionalText("check_suite.head_branch"), CheckKind.SUITE, name, app,
                GitHubEnums.checkConclusion(payload, "check_suite.conclusion"), null));
    }

    private static Normalized checkRun(PayloadFields payload, String repository) {
        String action = payload.text("action");
        if (!"completed".equals(action)) {
            return Normalized.ignored("check_run action '" + action + "' is not a finished check");
        }
        return Normalized.of(new CheckFinished(repository, payload.text("check_run.head_sha"),
                payload.optionalText("check_run.check_suite.head_branch"), CheckKind.RUN, payload.text("check_run.name"),
                payload.optionalText("check_run.app.slug"),
                GitHubEnums.checkConclusion(payload, "check_run.conclusion"), payload.optionalText("check_run.html_url")));
    }

    static int positiveInt(PayloadFields payload, String path) {
        Integer value = payload.optionalPositiveInt(path);
        if (value == null) {
            throw new MalformedPayloadException(path + " is required");
        }
        return value;
    }

    private static String stringOrEmpty(PayloadFields payload, String path) {
        String value = payload.optionalText(path);
        return value == null ? "" : value;
    }
}
