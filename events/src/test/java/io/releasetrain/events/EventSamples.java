package io.releasetrain.events;

import io.releasetrain.events.ci.BuildResult;
import io.releasetrain.events.ci.BuildType;
import io.releasetrain.events.ci.CiBuildFinished;
import io.releasetrain.events.ci.CiBuildStarted;
import io.releasetrain.events.ci.CiJob;
import io.releasetrain.events.ci.CiProvider;
import io.releasetrain.events.maintenance.FlagsChanged;
import io.releasetrain.events.maintenance.MaintenanceWindowBooked;
import io.releasetrain.events.maintenance.MaintenanceWindowEnded;
import io.releasetrain.events.maintenance.MaintenanceWindowStarted;
import io.releasetrain.events.maintenance.MaintenanceWindowCancelled;
import io.releasetrain.events.ppc.PpcAccessTokenRead;
import io.releasetrain.events.ppc.PpcChanged;
import io.releasetrain.events.ppc.PpcFailure;
import io.releasetrain.events.ppc.PpcKind;
import io.releasetrain.events.ppc.PpcUpdatesWithheld;
import io.releasetrain.events.ppc.ReleaseCompleted;
import io.releasetrain.events.ppc.RolloutAwaitingApproval;
import io.releasetrain.events.ppc.RolloutResumed;
import io.releasetrain.events.ppc.PpcRegistered;
import io.releasetrain.events.ppc.PpcRetired;
import io.releasetrain.events.ppc.PpcUpdateFailed;
import io.releasetrain.events.ppc.PpcUpdateStarted;
import io.releasetrain.events.ppc.PpcUpdateSucceeded;
import io.releasetrain.events.ppc.RolloutFinished;
import io.releasetrain.events.ppc.RolloutHalted;
import io.releasetrain.events.ppc.RolloutStarted;
import io.releasetrain.events.ppc.RolloutWaveDone;
import io.releasetrain.events.release.EnvironmentDeployed;
import io.releasetrain.events.release.FreezeChanged;
import io.releasetrain.events.release.EnvironmentDeploying;
import io.releasetrain.events.release.PromotionAbandoned;
import io.releasetrain.events.release.PromotionApproved;
import io.releasetrain.events.release.PromotionAwaitingApproval;
import io.releasetrain.events.release.PromotionNothingToPromote;
import io.releasetrain.events.release.PromotionChecksFailed;
import io.releasetrain.events.release.PromotionChecksPassed;
import io.releasetrain.events.release.PromotionCherryPicked;
import io.releasetrain.events.release.PromotionMerged;
import io.releasetrain.events.release.PromotionOpened;
import io.releasetrain.events.release.PromotionScheduled;
import io.releasetrain.events.release.PromotionTriggerMissed;
import io.releasetrain.events.release.PromotionTriggerSkipped;
import io.releasetrain.events.release.PromotionTriggered;
import io.releasetrain.events.release.TriggerSkipReason;
import io.releasetrain.events.release.PromotionTrigger;
import io.releasetrain.events.release.ReleaseManifest;
import io.releasetrain.events.release.ReleasePromoted;
import io.releasetrain.events.release.RollbackFinished;
import io.releasetrain.events.release.RollbackStarted;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A realistic sample of every event type, with every optional field filled in that the record
 * allows. A type registered in {@link EventCatalog} without a sample here fails the round-trip test.
 */
public final class EventSamples {

    public static final String REPOSITORY = "acme/pulumi-service";
    public static final String MASTER_SHA = "9fceb02d0ae598e95dc970b74767f19372d61af8";
    public static final String STAGING_SHA = "a3c1d9e0b7f24e6c8d5a1b2c3d4e5f6a7b8c9d0e";
    public static final String MERGE_SHA = "e83c5163316f89bfbde7d9ab23ca2e25604af290";
    public static final String CLOUD_ID = "0b5f7c3e-9d2a-4b61-8f0e-6a1c2d3e4f50";
    public static final String ORG_ID = "7d9e1f20-3a4b-4c5d-8e6f-7a8b9c0d1e2f";
    public static final String PROMOTION_ID = "prm-2024-05-07-staging";
    public static final String ROLLOUT_ID = "rol-2024-05-07-v3.112.0";
    public static final Instant AT = Instant.parse("2024-05-07T02:00:00Z");

    private static final Map<Class<? extends ReleaseTrainEvent>, ReleaseTrainEvent> BY_CLASS =
            Stream.of(scm(), ci(), release(), ppc(), maintenance())
                    .flatMap(List::stream)
                    .collect(Collectors.toUnmodifiableMap(ReleaseTrainEvent::getClass, Function.identity()));

    private EventSamples() {
    }

    /** Every sample, one per event record. */
    public static List<ReleaseTrainEvent> all() {
        return List.copyOf(BY_CLASS.values());
    }

    /** The sample of one event record. */
    public static <E extends ReleaseTrainEvent> E of(Class<E> eventClass) {
        ReleaseTrainEvent sample = BY_CLASS.get(eventClass);
        if (sample == null) {
            throw new AssertionError("No sample for " + eventClass.getName() + ": add one to EventSamples");
        }
        return eventClass.cast(sample);
    }

    static List<ReleaseTrainEvent> scm() {
        String prUrl = "https://github.com/acme/pulumi-service/pull/4711";
        return List.of(
                new BranchPushed(REPOSITORY, "master", STAGING_SHA, MASTER_SHA, "octocat", false),
                new PullRequestOpened(REPOSITORY, 4711, "Promote master to staging", "release-train",
                        "promotion/staging-2024-05-07", MASTER_SHA, "staging", prUrl),
                new PullRequestSynchronized(REPOSITORY, 4711, "Promote master to staging", "release-train",
                        "promotion/staging-2024-05-07", MASTER_SHA, "staging", prUrl),
                new PullRequestReopened(REPOSITORY, 4711, "Promote master to staging", "release-train",
                        "promotion/staging-2024-05-07", MASTER_SHA, "staging", prUrl),
                new PullRequestClosed(REPOSITORY, 4711, "promotion/staging-2024-05-07", MASTER_SHA, "staging",
                        true, MERGE_SHA, "release-train", prUrl),
                new CommitStatusChanged(REPOSITORY, MASTER_SHA, "continuous-integration/travis-ci/pr",
                        CommitState.SUCCESS, "https://travis-ci.com/acme/pulumi-service/builds/88123",
                        "The Travis CI build passed", List.of("promotion/staging-2024-05-07")),
                new CheckFinished(REPOSITORY, MASTER_SHA, "promotion/staging-2024-05-07", CheckKind.RUN,
                        "lint", "github-actions", CheckConclusion.SUCCESS,
                        "https://github.com/acme/pulumi-service/runs/1234567"));
    }

    static List<ReleaseTrainEvent> ci() {
        List<CiJob> jobs = List.of(new CiJob("530001", "unit tests", "passed"), new CiJob("530002", "lint", "passed"));
        String url = "https://travis-ci.com/acme/pulumi-service/builds/88123";
        return List.of(
                new CiBuildStarted(CiProvider.TRAVIS, REPOSITORY, "staging", MASTER_SHA, "88123", "9021",
                        BuildType.PULL_REQUEST, 4711, jobs, url, AT, "Travis CI - Pull Request"),
                new CiBuildFinished(CiProvider.TRAVIS, REPOSITORY, "staging", MASTER_SHA, "88123", "9021",
                        BuildType.PULL_REQUEST, 4711, jobs, url, AT, BuildResult.PASSED, AT.plusSeconds(1260),
                        "Travis CI - Pull Request"));
    }

    static List<ReleaseTrainEvent> release() {
        return List.of(
                new PromotionScheduled(PROMOTION_ID, "master", "staging", "staging", PromotionTrigger.SCHEDULE,
                        "release-calendar", MASTER_SHA),
                new PromotionOpened(PROMOTION_ID, "staging", REPOSITORY, 4711,
                        "https://github.com/acme/pulumi-service/pull/4711", MASTER_SHA, "master", "staging",
                        new ReleaseManifest("8d2f1c0b7a6e5d4c3b2a19080706050403020100", "v0.11.3"), 12,
                        "https://github.com/acme/pulumi-service/compare/staging...promote/staging/prm-2024-05-07-staging"),
                new PromotionChecksPassed(PROMOTION_ID, "staging", MASTER_SHA),
                new PromotionChecksFailed(PROMOTION_ID, "staging", MASTER_SHA,
                        List.of("continuous-integration/travis-ci/pr", "lint"),
                        "https://travis-ci.com/acme/pulumi-service/builds/88123"),
                new PromotionCherryPicked(PROMOTION_ID, "staging", List.of("1f2e3d4c5b6a79880123456789abcdef01234567"),
                        "alice", "fix for the stack update regression"),
                new PromotionMerged(PROMOTION_ID, "staging", MASTER_SHA, MERGE_SHA, "release-train"),
                new PromotionAbandoned(PROMOTION_ID, "staging", "alice", "checks keep failing on a flaky test"),
                new EnvironmentDeployed("staging", "staging", MERGE_SHA,
                        "https://travis-ci.com/acme/pulumi-service/builds/88200", PROMOTION_ID,
                        new ReleaseManifest("8d2f1c0b7a6e5d4c3b2a19080706050403020100", "v0.11.3")),
                new ReleasePromoted(PROMOTION_ID, "production", MERGE_SHA, "bob",
                        new ReleaseManifest("8d2f1c0b7a6e5d4c3b2a19080706050403020100", "v0.11.3")),
                new RollbackStarted("rbk-2024-05-08-production", "production", MERGE_SHA, STAGING_SHA, "bob",
                        "stack updates fail with 500s"),
                new RollbackFinished("rbk-2024-05-08-production", "production", STAGING_SHA, true,
                        "https://travis-ci.com/acme/pulumi-service/builds/88250"),
                new FreezeChanged("production", true, "carol", "end-of-quarter freeze", AT.plusSeconds(7 * 86400)),
                new PromotionAwaitingApproval(PROMOTION_ID, "production", STAGING_SHA,
                        "https://github.com/acme/pulumi-service/pull/4712"),
                new PromotionApproved(PROMOTION_ID, "production", STAGING_SHA, "bob", "Tuesday release, checks green"),
                new PromotionNothingToPromote(PROMOTION_ID, "staging", "master", "staging", MASTER_SHA),
                new EnvironmentDeploying(PROMOTION_ID, "staging", "staging", MERGE_SHA,
                        "https://travis-ci.com/acme/pulumi-service/builds/88200"),
                new PromotionTriggered("nightly", AT, "testing", "staging", false),
                new PromotionTriggerSkipped("nightly", AT, "staging", TriggerSkipReason.PROMOTION_IN_FLIGHT,
                        "promotion " + PROMOTION_ID + " into staging is still CHECKS_FAILED", PROMOTION_ID, null),
                new PromotionTriggerMissed("tuesday", AT, "production",
                        "found 5h after the slot, past the 2h grace period"));
    }

    static List<ReleaseTrainEvent> ppc() {
        return List.of(
                new PpcRegistered(CLOUD_ID, "staging-ppc", ORG_ID, PpcKind.SERVICE, "staging",
                        "https://api.staging-ppc.example.net"),
                new PpcRetired(CLOUD_ID, ORG_ID, "dave", "customer moved to the hosted service"),
                new PpcUpdateStarted("upd-31337", CLOUD_ID, "v3.112.0", ROLLOUT_ID,
                        "https://travis-ci.com/acme/ppc-updates/jobs/990001", "acme-ppc-malta"),
                new PpcUpdateSucceeded("upd-31337", CLOUD_ID, "v3.112.0", ROLLOUT_ID, "acme-ppc-malta",
                        "https://travis-ci.com/acme/ppc-updates/jobs/990001"),
                new PpcUpdateFailed("upd-31337", CLOUD_ID, "v3.112.0", ROLLOUT_ID, "health check timed out after 300s",
                        "acme-ppc-malta", "https://travis-ci.com/acme/ppc-updates/jobs/990001"),
                new RolloutStarted(ROLLOUT_ID, "v3.112.0", MERGE_SHA, 42, 4, "release-train"),
                new RolloutWaveDone(ROLLOUT_ID, 0, 3, 0, 1),
                new RolloutHalted(ROLLOUT_ID, "failure budget exceeded: 3 of 10 updates failed", "release-train",
                        List.of(new PpcFailure(CLOUD_ID, "acme-ppc-malta", "health check answered 503",
                                "https://travis-ci.com/acme/ppc-updates/jobs/990001"))),
                new RolloutFinished(ROLLOUT_ID, 39, 1, 2),
                new PpcChanged(CLOUD_ID, "acme-ppc-malta", ORG_ID, PpcKind.CUSTOMER, null,
                        "https://api.acme-ppc-malta.example.net", "eu-west-1", "v3.112.0", "ATTACHED", "attached", "dave",
                        "customer signed"),
                new PpcUpdatesWithheld("staging", MERGE_SHA, "the release manifest names no PPC version", 2),
                new RolloutAwaitingApproval(ROLLOUT_ID, "v3.112.0", MERGE_SHA, 42, 4),
                new RolloutResumed(ROLLOUT_ID, "bob", "flaky health endpoint fixed"),
                new ReleaseCompleted(ROLLOUT_ID, "v3.112.0", MERGE_SHA, 40, 2),
                new PpcAccessTokenRead(CLOUD_ID, "acme-ppc-malta", ORG_ID, "k2026", "dave", "configuring the console"));
    }

    static List<ReleaseTrainEvent> maintenance() {
        return List.of(
                new FlagsChanged("chg-5521", CLOUD_ID, ORG_ID, 0, 1, "erin", "database migration",
                        AT.plusSeconds(4 * 3600), "win-77", "acme-ppc-malta"),
                new MaintenanceWindowBooked("win-77", CLOUD_ID, null, AT, AT.plusSeconds(4 * 3600), "erin",
                        "database migration"),
                new MaintenanceWindowCancelled("win-77", "erin", "migration postponed"),
                new MaintenanceWindowStarted("win-77", AT.plusSeconds(4 * 3600), List.of(CLOUD_ID),
                        List.of("2632f283-c2f5-434f-a8ac-1e8bb54c8deb")),
                new MaintenanceWindowEnded("win-77"));
    }
}
