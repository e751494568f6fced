package io.releasetrain.promoter.promotion;

import io.releasetrain.events.ReleaseTrainEvent;
import io.releasetrain.events.ci.BuildResult;
import io.releasetrain.events.ci.BuildType;
import io.releasetrain.events.ci.CiBuildFinished;
import io.releasetrain.events.ci.CiBuildStarted;
import io.releasetrain.events.scm.CheckConclusion;
import io.releasetrain.events.scm.CheckFinished;
import io.releasetrain.events.scm.CommitState;
import io.releasetrain.events.scm.CommitStatusChanged;
import io.releasetrain.events.scm.PullRequestClosed;
import io.releasetrain.events.scm.PullRequestSynchronized;
import io.releasetrain.messaging.inbox.EventEnvelope;
import io.releasetrain.messaging.inbox.Inbox;
import io.releasetrain.promoter.github.CommitCheck;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Moves promotions on from what GitHub and CI report on the bus: checks and statuses on a promotion's head,
 * CI workflows by name, new commits on its branch, its pull request closed or merged by hand, and the push
 * build on the target branch at the merge commit (deploying, deployed). Each event's effect commits once
 * (inbox); a merge that became due is then made at once, outside that transaction.
 */
@ApplicationScoped
public class PromotionReactor {

    static final String CONSUMER = "promoter.promotions";

    private final Inbox inbox;
    private final Promotions promotions;
    private final PromotionDriver driver;

    PromotionReactor(Inbox inbox, Promotions promotions, PromotionDriver driver) {
        this.inbox = inbox;
        this.promotions = promotions;
        this.driver = driver;
    }

    @Incoming("scm-events")
    public CompletionStage<Void> onScmEvent(Message<String> message) {
        return react(message);
    }

    @Incoming("ci-events")
    public CompletionStage<Void> onCiEvent(Message<String> message) {
        return react(message);
    }

    private CompletionStage<Void> react(Message<String> message) {
        List<String> due = new ArrayList<>();
        return inbox.deliver(CONSUMER, message, envelope -> {
            due.clear();
            due.addAll(apply(envelope));
        }).thenRunAsync(() -> due.forEach(driver::advance), Infrastructure.getDefaultWorkerPool());
    }

    /** The effect of one event; the promotions whose merge became due. */
    List<String> apply(EventEnvelope<ReleaseTrainEvent> envelope) {
        ReleaseTrainEvent event = envelope.event();
        // Java 17 has no pattern switch: the types promotions react to, the rest skipped on purpose.
        if (event instanceof CheckFinished check) {
            return check(check.repository(), check.sha(), new CommitCheck(check.name(), outcome(check.conclusion()), check.url()));
        }
        if (event instanceof CommitStatusChanged status) {
            return check(status.repository(), status.sha(), new CommitCheck(status.context(), outcome(status.state()),
                    status.targetUrl()));
        }
        if (event instanceof CiBuildFinished build) {
            return buildFinished(build);
        }
        if (event instanceof CiBuildStarted build) {
            if (build.buildType() == BuildType.PUSH) {
                Promotion.inFlightMergedAs(build.repository(), build.commitSha())
                        .filter(p -> p.targetBranch.equals(build.branch()))
                        .ifPresent(p -> promotions.deploying(p.id, build.url()));
            }
            return List.of();
        }
        if (event instanceof PullRequestSynchronized pull) {
            Promotion.inFlightWithPullRequest(pull.repository(), pull.number())
                    .ifPresent(p -> promotions.headMoved(p.id, pull.headSha(), "github", "commits pushed to " + pull.headBranch()));
            return List.of();
        }
        if (event instanceof PullRequestClosed closed) {
            Promotion.inFlightWithPullRequest(closed.repository(), closed.number()).filter(p -> p.state.beforeMerge())
                    .ifPresent(p -> {
                        if (closed.merged()) {
                            promotions.merged(p.id, closed.mergeCommitSha(), closed.mergedBy() == null ? "github" : closed.mergedBy());
                        } else {
                            promotions.abandon(p.id, "github", "the pull request was closed on GitHub");
                        }
                    });
        }
        return List.of();
    }

    private List<String> check(String repository, String sha, CommitCheck check) {
        Promotion.inFlightMergedAs(repository, sha).filter(p -> p.state == PromotionState.DEPLOYED)
                .ifPresent(p -> promotions.verificationReported(p.id, check));
        return promotions.checkReported(repository, sha, check);
    }

    private List<String> buildFinished(CiBuildFinished build) {
        if (build.buildType() == BuildType.PUSH) {
            Promotion.inFlightMergedAs(build.repository(), build.commitSha())
                    .filter(p -> p.targetBranch.equals(build.branch()))
                    .ifPresent(p -> {
                        if (build.result() == BuildResult.PASSED) {
                            promotions.deployed(p.id, build.url());
                        } else {
                            promotions.noted(p.id, Promotions.TRAIN, "the deploying push build " + build.result()
                                    .name().toLowerCase() + (build.url() == null ? "" : ": " + build.url()));
                        }
                    });
            return List.of();
        }
        if (build.workflow() == null) {
            return List.of();
        }
        CommitCheck.Outcome outcome = build.result() == BuildResult.PASSED ? CommitCheck.Outcome.SUCCESS
                : CommitCheck.Outcome.FAILURE;
        return promotions.checkReported(build.repository(), build.commitSha(),
                new CommitCheck(build.workflow(), outcome, build.url()));
    }

    private static CommitCheck.Outcome outcome(CheckConclusion conclusion) {
        return switch (conclusion) {
            case SUCCESS, NEUTRAL, SKIPPED -> CommitCheck.Outcome.SUCCESS;
            case ACTION_REQUIRED, STALE -> CommitCheck.Outcome.PENDING;
            default -> CommitCheck.Outcome.FAILURE;
        };
    }

    private static CommitCheck.Outcome outcome(CommitState state) {
        return switch (state) {
            case SUCCESS -> CommitCheck.Outcome.SUCCESS;
            case PENDING -> CommitCheck.Outcome.PENDING;
            case FAILURE, ERROR -> CommitCheck.Outcome.FAILURE;
        };
    }
}
