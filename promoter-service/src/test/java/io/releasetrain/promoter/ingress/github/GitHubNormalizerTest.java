package io.releasetrain.promoter.ingress.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.releasetrain.events.ReleaseTrainEvent;
import io.releasetrain.events.ci.BuildResult;
import io.releasetrain.events.ci.BuildType;
import io.releasetrain.events.ci.CiBuildFinished;
import io.releasetrain.events.ci.CiBuildStarted;
import io.releasetrain.events.ci.CiProvider;
import io.releasetrain.events.scm.BranchPushed;
import io.releasetrain.events.scm.CheckConclusion;
import io.releasetrain.events.scm.CheckFinished;
import io.releasetrain.events.scm.CheckKind;
import io.releasetrain.events.scm.CommitState;
import io.releasetrain.events.scm.CommitStatusChanged;
import io.releasetrain.events.scm.PullRequestClosed;
import io.releasetrain.events.scm.PullRequestOpened;
import io.releasetrain.events.scm.PullRequestReopened;
import io.releasetrain.events.scm.PullRequestSynchronized;
import io.releasetrain.promoter.GitHubPayloads;
import io.releasetrain.promoter.ingress.MalformedPayloadException;
import io.releasetrain.promoter.ingress.Normalized;
import io.releasetrain.promoter.ingress.PayloadFields;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GitHubNormalizerTest {

    private static final String REPO = "acme/pulumi-service";
    private static final String SHA = "a10867b14bb761a232cd80139fbd4c0d33264240";

    private final GitHubNormalizer normalizer = new GitHubNormalizer();

    @Test
    void aPushToABranchIsABranchPushed() {
        ReleaseTrainEvent event = single("push", GitHubPayloads.push(REPO, SHA));

        assertThat(event).isEqualTo(new BranchPushed(REPO, "staging", "6113728f27ae82c7b1a177c8d03f9e96e0adf246", SHA,
                "octocat", false));
        assertThat(event.key()).isEqualTo(REPO + "/staging");
    }

    @Test
    void pushesOfTagsAndBranchDeletionsAreIgnored() {
        String tag = GitHubPayloads.push(REPO, SHA).replace("refs/heads/staging", "refs/tags/v1.2.3");
        String deletion = GitHubPayloads.push(REPO, "0000000000000000000000000000000000000000")
                .replace("\"deleted\": false", "\"deleted\": true");

        assertThat(ignoredReason("push", tag)).contains("refs/tags/v1.2.3");
        assertThat(ignoredReason("push", deletion)).contains("deleted");
    }

    @Test
    void pullRequestOpenedSynchronizedAndReopened() {
        assertThat(single("pull_request", GitHubPayloads.pullRequest(REPO, "opened", 42, SHA, false)))
                .isEqualTo(new PullRequestOpened(REPO, 42, "Promote master to staging", "release-train[bot]",
                        "promote/master-to-staging", SHA, "staging", "https://github.com/" + REPO + "/pull/42"));
        assertThat(single("pull_request", GitHubPayloads.pullRequest(REPO, "synchronize", 42, SHA, false)))
                .isInstanceOf(PullRequestSynchronized.class);
        assertThat(single("pull_request", GitHubPayloads.pullRequest(REPO, "reopened", 42, SHA, false)))
                .isInstanceOf(PullRequestReopened.class);
    }

    @Test
    void aMergedPullRequestCarriesItsMergeCommitAndAnUnmergedOneDoesNot() {
        PullRequestClosed merged = (PullRequestClosed) single("pull_request",
                GitHubPayloads.pullRequest(REPO, "closed", 42, SHA, true));
        PullRequestClosed abandoned = (PullRequestClosed) single("pull_request",
                GitHubPayloads.pullRequest(REPO, "closed", 43, SHA, false));

        assertThat(merged.merged()).isTrue();
        assertThat(merged.mergeCommitSha()).isEqualTo("c4295bd74fb0f4fda03689c3df3f2803b658fd85");
        assertThat(merged.mergedBy()).isEqualTo("release-train[bot]");
        assertThat(merged.key()).isEqualTo(REPO + "/staging");
        assertThat(abandoned.merged()).isFalse();
        assertThat(abandoned.mergeCommitSha()).isNull();
        assertThat(abandoned.mergedBy()).isNull();
    }

    @Test
    void pullRequestActionsTheTrainDoesNotFollowAreIgnored() {
        assertThat(ignoredReason("pull_request", GitHubPayloads.pullRequest(REPO, "labeled", 42, SHA, false)))
                .contains("labeled");
    }

    @Test
    void aCommitStatus() {
        assertThat(single("status", GitHubPayloads.status(REPO, SHA))).isEqualTo(new CommitStatusChanged(REPO, SHA,
                "continuous-integration/travis-ci/push", CommitState.SUCCESS,
                "https://travis-ci.com/" + REPO + "/builds/123456", "The Travis CI build passed", List.of("staging")));
    }

    @Test
    void completedCheckSuitesAndRuns() {
        assertThat(single("check_suite", GitHubPayloads.checkSuite(REPO, SHA))).isEqualTo(new CheckFinished(REPO, SHA,
                "promote/master-to-staging", CheckKind.SUITE, "Travis CI", "travis-ci", CheckConclusion.SUCCESS, null));
        assertThat(single("check_run", GitHubPayloads.checkRun(REPO, SHA))).isEqualTo(new CheckFinished(REPO, SHA,
                "promote/master-to-staging", CheckKind.RUN, "Travis CI - Pull Request", "travis-ci",
                CheckConclusion.FAILURE, "https://github.com/" + REPO + "/runs/128620228"));
        assertThat(ignoredReason("check_run", GitHubPayloads.checkRun(REPO, SHA).replace("\"action\": \"completed\"",
                "\"action\": \"created\""))).contains("created");
    }

    @Test
    void aWorkflowRunInProgressStartsAGitHubActionsBuild() {
        CiBuildStarted started = (CiBuildStarted) single("workflow_run",
                GitHubPayloads.workflowRun(REPO, "in_progress", 30433642, SHA, "push", null, null));

        assertThat(started).isEqualTo(new CiBuildStarted(CiProvider.GITHUB_ACTIONS, REPO, "staging", SHA, "30433642",
                "562", BuildType.PUSH, null, List.of(), "https://github.com/" + REPO + "/actions/runs/30433642",
                Instant.parse("2021-12-15T20:43:10Z"), "CI"));
    }

    @Test
    void aCompletedPullRequestRunFinishesABuildOnTheBaseBranch() {
        CiBuildFinished finished = (CiBuildFinished) single("workflow_run",
                GitHubPayloads.workflowRun(REPO, "completed", 30433643, SHA, "pull_request", "failure", "staging"));

        assertThat(finished.branch()).isEqualTo("staging");
        assertThat(finished.buildType()).isEqualTo(BuildType.PULL_REQUEST);
        assertThat(finished.pullRequestNumber()).isEqualTo(42);
        assertThat(finished.result()).isEqualTo(BuildResult.FAILED);
        assertThat(finished.finishedAt()).isEqualTo(Instant.parse("2021-12-15T20:44:51Z"));
    }

    @Test
    void workflowRunTriggersAndConclusionsMapToTheTrainsWords() {
        assertThat(((CiBuildStarted) single("workflow_run",
                GitHubPayloads.workflowRun(REPO, "in_progress", 1, SHA, "schedule", null, null))).buildType())
                .isEqualTo(BuildType.CRON);
        assertThat(((CiBuildStarted) single("workflow_run",
                GitHubPayloads.workflowRun(REPO, "in_progress", 1, SHA, "workflow_dispatch", null, null))).buildType())
                .isEqualTo(BuildType.API);
        assertThat(((CiBuildFinished) single("workflow_run",
                GitHubPayloads.workflowRun(REPO, "completed", 1, SHA, "push", "cancelled", null))).result())
                .isEqualTo(BuildResult.CANCELED);
        assertThat(((CiBuildFinished) single("workflow_run",
                GitHubPayloads.workflowRun(REPO, "completed", 1, SHA, "push", "timed_out", null))).result())
                .isEqualTo(BuildResult.ERRORED);
        assertThat(ignoredReason("workflow_run", GitHubPayloads.workflowRun(REPO, "completed", 1, SHA, "push", "skipped", null)))
                .contains("skipped");
        assertThat(ignoredReason("workflow_run", GitHubPayloads.workflowRun(REPO, "requested", 1, SHA, "push", null, null)))
                .contains("requested");
        assertThat(ignoredReason("workflow_run", GitHubPayloads.workflowRun(REPO, "in_progress", 1, SHA, "release", null, null)))
                .contains("release");
    }

    @Test
    void aMissingOrMistypedFieldIsNamed() {
        String noHeadSha = GitHubPayloads.pullRequest(REPO, "opened", 42, SHA, false)
                .replace("\"sha\": \"" + SHA + "\"", "\"sha\": null");
        String numberAsObject = GitHubPayloads.pullRequest(REPO, "opened", 42, SHA, false)
                .replace("\"number\": 42,\n  \"pull_request\"", "\"number\": {},\n  \"pull_request\"");
        String unknownState = GitHubPayloads.status(REPO, SHA).replace("\"state\": \"success\"", "\"state\": \"green\"");

        assertThatThrownBy(() -> normalize("pull_request", noHeadSha))
                .isInstanceOf(MalformedPayloadException.class).hasMessage("pull_request.head.sha is required");
        assertThatThrownBy(() -> normalize("pull_request", numberAsObject))
                .isInstanceOf(MalformedPayloadException.class).hasMessage("number must be a whole number");
        assertThatThrownBy(() -> normalize("status", unknownState))
                .isInstanceOf(MalformedPayloadException.class).hasMessageContaining("state has an unknown value 'green'");
    }

    private Normalized normalize(String event, String json) {
        return normalizer.normalize(event, PayloadFields.parse(json.getBytes(StandardCharsets.UTF_8)), REPO);
    }

    private ReleaseTrainEvent single(String event, String json) {
        Normalized normalized = normalize(event, json);
        assertThat(normalized).isInstanceOf(Normalized.Events.class);
        List<ReleaseTrainEvent> events = ((Normalized.Events) normalized).events();
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private String ignoredReason(String event, String json) {
        Normalized normalized = normalize(event, json);
        assertThat(normalized).isInstanceOf(Normalized.Ignored.class);
        return ((Normalized.Ignored) normalized).reason();
    }
}
