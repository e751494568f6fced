package io.releasetrain.promoter.ingress.travis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.releasetrain.events.ci.BuildResult;
import io.releasetrain.events.ci.BuildType;
import io.releasetrain.events.ci.CiBuildFinished;
import io.releasetrain.events.ci.CiBuildStarted;
import io.releasetrain.events.ci.CiJob;
import io.releasetrain.events.ci.CiProvider;
import io.releasetrain.promoter.TravisPayloads;
import io.releasetrain.promoter.ingress.MalformedPayloadException;
import io.releasetrain.promoter.ingress.Normalized;
import io.releasetrain.promoter.ingress.PayloadFields;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TravisNormalizerTest {

    private static final String REPO = "acme/pulumi-service";
    private static final String SHA = "116112a0c0a3c1fa896e0087b041ab1bd91ff625";

    private final TravisNormalizer normalizer = new TravisNormalizer();

    @Test
    void aStartedPushBuild() {
        Normalized normalized = normalize(TravisPayloads.build(REPO, 25418135, "push", "started", SHA));

        assertThat(((Normalized.Events) normalized).events()).containsExactly(new CiBuildStarted(CiProvider.TRAVIS, REPO,
                "staging", SHA, "25418135", "4601", BuildType.PUSH, null,
                List.of(new CiJob("25418136", "unit tests", "started"), new CiJob("25418137", "4601.2", "started")),
                "https://travis-ci.com/" + REPO + "/builds/25418135", Instant.parse("2019-05-15T15:21:10Z"),
                "continuous-integration/travis-ci/push"));
    }

    @Test
    void aPassedPullRequestBuildIsOnTheBaseBranchAtThePullRequestsHead() {
        CiBuildFinished finished = finished(TravisPayloads.build(REPO, 25418140, "pull_request", "passed", SHA));

        assertThat(finished.buildType()).isEqualTo(BuildType.PULL_REQUEST);
        assertThat(finished.branch()).isEqualTo("staging");
        assertThat(finished.commitSha()).isEqualTo(SHA);
        assertThat(finished.pullRequestNumber()).isEqualTo(42);
        assertThat(finished.result()).isEqualTo(BuildResult.PASSED);
        assertThat(finished.finishedAt()).isEqualTo(Instant.parse("2019-05-15T15:26:25Z"));
        assertThat(finished.key()).isEqualTo(REPO + "/staging");
    }

    @Test
    void everyTypeAndFinalState() {
        assertThat(finished(TravisPayloads.build(REPO, 1, "api", "failed", SHA)))
                .extracting(CiBuildFinished::buildType, CiBuildFinished::result)
                .containsExactly(BuildType.API, BuildResult.FAILED);
        assertThat(finished(TravisPayloads.build(REPO, 2, "cron", "errored", SHA)))
                .extracting(CiBuildFinished::buildType, CiBuildFinished::result)
                .containsExactly(BuildType.CRON, BuildResult.ERRORED);
        assertThat(finished(TravisPayloads.build(REPO, 3, "push", "canceled", SHA)).result()).isEqualTo(BuildResult.CANCELED);
    }

    @Test
    void statesThatNeitherStartNorFinishAreIgnored() {
        assertThat(normalize(TravisPayloads.build(REPO, 4, "push", "created", SHA))).isInstanceOf(Normalized.Ignored.class);
    }

    @Test
    void theRepositoryIsOwnerAndName() {
        PayloadFields payload = parse(TravisPayloads.build("Acme/Pulumi-Service", 5, "push", "passed", SHA));

        assertThat(TravisNormalizer.repository(payload)).isEqualTo("Acme/Pulumi-Service");
    }

    @Test
    void anUnknownTypeOrAMissingCommitIsNamed() {
        assertThatThrownBy(() -> normalize(TravisPayloads.build(REPO, 6, "push", "passed", SHA).replace("\"type\": \"push\"",
                "\"type\": \"merge_queue\""))).isInstanceOf(MalformedPayloadException.class).hasMessageContaining("type must be");
        assertThatThrownBy(() -> normalize(TravisPayloads.build(REPO, 7, "push", "passed", SHA).replace("\"commit\": \"" + SHA + "\"",
                "\"commit\": \"\""))).isInstanceOf(MalformedPayloadException.class).hasMessage("commit is required");
    }

    private CiBuildFinished finished(String json) {
        return (CiBuildFinished) ((Normalized.Events) normalize(json)).events().get(0);
    }

    private Normalized normalize(String json) {
        return normalizer.normalize(parse(json), REPO);
    }

    private static PayloadFields parse(String json) {
        return PayloadFields.parse(json.getBytes(StandardCharsets.UTF_8));
    }
}
