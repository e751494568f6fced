package io.releasetrain.notifier.template;

import static io.releasetrain.notifier.template.LinkBook.links;
import static io.releasetrain.notifier.template.Mrkdwn.bold;
import static io.releasetrain.notifier.template.Mrkdwn.escape;
import static io.releasetrain.notifier.template.Mrkdwn.sha;

import io.releasetrain.events.release.EnvironmentDeployed;
import io.releasetrain.events.release.EnvironmentDeploying;
import io.releasetrain.events.release.FreezeChanged;
import io.releasetrain.events.release.PromotionAbandoned;
import io.releasetrain.events.release.PromotionApproved;
import io.releasetrain.events.release.PromotionAwaitingApproval;
import io.releasetrain.events.release.PromotionChecksFailed;
import io.releasetrain.events.release.PromotionChecksPassed;
import io.releasetrain.events.release.PromotionCherryPicked;
import io.releasetrain.events.release.PromotionMerged;
import io.releasetrain.events.release.PromotionNothingToPromote;
import io.releasetrain.events.release.PromotionOpened;
import io.releasetrain.events.release.PromotionScheduled;
import io.releasetrain.events.release.PromotionTrigger;
import io.releasetrain.events.release.ReleaseManifest;
import io.releasetrain.events.release.ReleasePromoted;
import io.releasetrain.events.release.RollbackFinished;
import io.releasetrain.events.release.RollbackStarted;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Promotions (one thread each, deployment and release included), deployments of no promotion, rollbacks (one
 * thread each) and freezes.
 */
final class ReleaseTemplates {

    private final LinkBook links;

    ReleaseTemplates(LinkBook links) {
        this.links = links;
    }

    void register(Templates templates) {
        templates.on(PromotionScheduled.class, Template.threaded(e -> promotion(e.promotionId()), this::scheduled));
        templates.on(PromotionOpened.class, Template.threaded(e -> promotion(e.promotionId()), this::opened));
        templates.on(PromotionChecksPassed.class, Template.threaded(e -> promotion(e.promotionId()), this::passed));
        templates.on(PromotionAwaitingApproval.class, Template.threaded(e -> promotion(e.promotionId()), this::awaiting));
        templates.on(PromotionApproved.class, Template.threaded(e -> promotion(e.promotionId()), this::approved));
        templates.on(PromotionNothingToPromote.class, Template.threaded(e -> promotion(e.promotionId()), this::nothing));
        templates.on(PromotionChecksFailed.class, Template.threaded(e -> promotion(e.promotionId()), this::failed));
        templates.on(PromotionCherryPicked.class, Template.threaded(e -> promotion(e.promotionId()), this::picked));
        templates.on(PromotionMerged.class, Template.threaded(e -> promotion(e.promotionId()), this::merged));
        templates.on(PromotionAbandoned.class, Template.threaded(e -> promotion(e.promotionId()), this::abandoned));
        templates.on(EnvironmentDeploying.class, Template.threaded(e -> promotion(e.promotionId()), this::deploying));
        templates.on(EnvironmentDeployed.class, Template.threaded(e -> promotionOrNull(e.promotionId()), this::deployed));
        templates.on(ReleasePromoted.class, Template.threaded(e -> promotion(e.promotionId()), this::promoted));
        templates.on(RollbackStarted.class, Template.threaded(e -> rollback(e.rollbackId()), this::rollbackStarted));
        templates.on(RollbackFinished.class, Template.threaded(e -> rollback(e.rollbackId()), this::rollbackFinished));
        templates.on(FreezeChanged.class, Template.standalone(this::freeze));
    }

    static String promotion(String promotionId) {
        return "promotion/" + promotionId;
    }

    private static String promotionOrNull(String promotionId) {
        return promotionId == null ? null : promotion(promotionId);
    }

    private static String rollback(String rollbackId) {
        return "rollback/" + rollbackId;
    }

    /** The head a promotion's thread starts with when its first event is not the one that schedules it. */
    private static ThreadHead promotionHead(ThreadHead head, String environment) {
        return head != null ? head : ThreadHead.of(bold(environment) + " promotion", "in progress");
    }

    private Notice scheduled(PromotionScheduled e, ThreadHead head) {
        String by = e.trigger() == PromotionTrigger.SCHEDULE
                ? "by the release calendar (" + escape(e.requestedBy()) + ")"
                : "by " + escape(e.requestedBy());
        String title = bold(e.targetEnvironment()) + " ← " + escape(e.sourceBranch())
                + (e.candidateSha() == null ? "" : " " + sha(e.candidateSha()));
        String line = ":calendar: Promotion of " + escape(e.sourceBranch()) + " into " + bold(e.targetEnvironment())
                + " scheduled " + by;
        List<Link> found = links().add(links.environment(e.targetEnvironment())).list();
        ThreadHead next = (head == null ? ThreadHead.of(title, "") : head.withTitle(title))
                .withStatus("scheduled " + by).withLinks(found);
        return Notice.threaded(Route.PROMOTION, e.targetEnvironment(), promotion(e.promotionId()), line, found, next);
    }

    private Notice opened(PromotionOpened e, ThreadHead head) {
        Link pullRequest = new Link("pull request #" + e.pullRequestNumber(), e.pullRequestUrl());
        String title = bold(e.targetEnvironment()) + " ← " + escape(e.sourceBranch()) + " " + sha(e.candidateSha());
        String commits = e.commitCount() == null ? "" : ", " + e.commitCount() + " commit(s)";
        String line = ":arrow_heading_up: Pull request " + Mrkdwn.link(pullRequest) + " opened: "
                + escape(e.sourceBranch()) + " " + sha(e.candidateSha()) + " into " + escape(e.targetBranch())
                + " (" + escape(e.repository()) + commits + ")" + manifest(e.manifest());
        List<Link> found = links().add(pullRequest.label(), pullRequest.url()).add("changes", e.compareUrl())
                .add(links.environment(e.targetEnvironment())).list();
        ThreadHead next = promotionHead(head, e.targetEnvironment()).withTitle(title)
                .withStatus("pull request open, checks running").withLinks(found);
        return Notice.threaded(Route.PROMOTION, e.targetEnvironment(), promotion(e.promotionId()), line, found, next);
    }

    private Notice passed(PromotionChecksPassed e, ThreadHead head) {
        String line = ":white_check_mark: Checks passed on " + sha(e.candidateSha());
        ThreadHead next = promotionHead(head, e.targetEnvironment()).withStatus("checks passed, merging");
        return Notice.threaded(Route.PROMOTION, e.targetEnvironment(), promotion(e.promotionId()), line, List.of(), next);
    }

    private Notice awaiting(PromotionAwaitingApproval e, ThreadHead head) {
        String line = ":raised_hand: Checks passed on " + sha(e.candidateSha()) + "; the merge into "
                + bold(e.targetEnvironment()) + " waits for on-call's approval";
        List<Link> found = links().add("pull request", e.pullRequestUrl()).list();
        ThreadHead next = promotionHead(head, e.targetEnvironment()).withStatus("checks passed, waiting for approval");
        return Notice.threaded(Route.PROMOTION, e.targetEnvironment(), promotion(e.promotionId()), line, found, next)
                .alerting();
    }

    private Notice approved(PromotionApproved e, ThreadHead head) {
        String line = ":ok_hand: Approved by " + escape(e.approvedBy()) + ": " + escape(e.reason());
        ThreadHead next = promotionHead(head, e.targetEnvironment())
                .withStatus("approved by " + escape(e.approvedBy()) + ", merging");
        return Notice.threaded(Route.PROMOTION, e.targetEnvironment(), promotion(e.promotionId()), line, List.of(), next);
    }

    private Notice nothing(PromotionNothingToPromote e, ThreadHead head) {
        String line = ":zzz: Nothing to promote: " + bold(e.targetEnvironment()) + " (" + escape(e.targetBranch())
                + ") already has " + escape(e.sourceBranch()) + " " + sha(e.candidateSha());
        ThreadHead next = (head == null ? ThreadHead.of(bold(e.targetEnvironment()) + " ← " + escape(e.sourceBranch())
                + " " + sha(e.candidateSha()), "") : head).withStatus("nothing to promote");
        return Notice.threaded(Route.PROMOTION, e.targetEnvironment(), promotion(e.promotionId()), line, List.of(), next);
    }

    private Notice failed(PromotionChecksFailed e, ThreadHead head) {
        String checks = e.failedChecks().isEmpty() ? "" : ": " + e.failedChecks().stream()
                .map(Mrkdwn::escape).collect(Collectors.joining(", "));
        String line = ":x: Checks failed on " + sha(e.candidateSha()) + checks;
        List<Link> found = links().add("failed build", e.detailsUrl()).list();
        ThreadHead next = promotionHead(head, e.targetEnvironment()).withStatus("checks failed" + checks)
                .withLinks(found);
        return Notice.threaded(Route.PROMOTION, e.targetEnvironment(), promotion(e.promotionId()), line, found, next)
                .alerting();
    }

    private Notice picked(PromotionCherryPicked e, ThreadHead head) {
        String commits = e.commitShas().stream().map(Mrkdwn::sha).collect(Collectors.joining(", "));
        String line = ":cherries: " + escape(e.requestedBy()) + " cherry-picked " + commits + ": " + escape(e.reason());
        ThreadHead next = promotionHead(head, e.targetEnvironment())
                .withStatus("cherry-picked " + e.commitShas().size() + " fix(es), checks running");
        return Notice.threaded(Route.PROMOTION, e.targetEnvironment(), promotion(e.promotionId()), line, List.of(), next);
    }

    private Notice merged(PromotionMerged e, ThreadHead head) {
        String line = ":twisted_rightwards_arrows: Merged by " + escape(e.mergedBy()) + " as " + sha(e.mergeCommitSha())
                + " (checked " + sha(e.candidateSha()) + ")";
        ThreadHead next = promotionHead(head, e.targetEnvironment())
                .withStatus("merged as " + sha(e.mergeCommitSha()) + ", deploying");
        return Notice.threaded(Route.PROMOTION, e.targetEnvironment(), promotion(e.promotionId()), line, List.of(), next);
    }

    private Notice abandoned(PromotionAbandoned e, ThreadHead head) {
        String line = ":no_entry: Abandoned by " + escape(e.abandonedBy()) + ": " + escape(e.reason());
        ThreadHead next = promotionHead(head, e.targetEnvironment()).withStatus("abandoned: " + escape(e.reason()));
        return Notice.threaded(Route.PROMOTION, e.targetEnvironment(), promotion(e.promotionId()), line, List.of(), next);
    }

    private Notice deploying(EnvironmentDeploying e, ThreadHead head) {
        String line = ":hourglass_flowing_sand: Deploying " + sha(e.sha()) + " to " + bold(e.targetEnvironment()) + " ("
                + escape(e.branch()) + ")";
        List<Link> found = links().add("deploy build", e.buildUrl()).add(links.environment(e.targetEnvironment())).list();
        ThreadHead next = promotionHead(head, e.targetEnvironment()).withStatus("deploying " + sha(e.sha()))
                .withLinks(found);
        return Notice.threaded(Route.DEPLOYMENT, e.targetEnvironment(), promotion(e.promotionId()), line, found, next);
    }

    private Notice deployed(EnvironmentDeployed e, ThreadHead head) {
        String line = ":rocket: " + bold(e.environment()) + " now runs " + sha(e.sha()) + " (" + escape(e.branch()) + ")"
                + manifest(e.manifest());
        List<Link> found = links().add("deploy build", e.buildUrl()).add(links.environment(e.environment())).list();
        if (e.promotionId() == null) {
            return Notice.standalone(Route.DEPLOYMENT, e.environment(), line, found);
        }
        ThreadHead next = promotionHead(head, e.environment()).withStatus("deployed " + sha(e.sha()) + ", verifying")
                .withLinks(found);
        return Notice.threaded(Route.DEPLOYMENT, e.environment(), promotion(e.promotionId()), line, found, next);
    }

    private Notice promoted(ReleasePromoted e, ThreadHead head) {
        String line = ":tada: Release " + sha(e.sha()) + " verified in " + bold(e.environment()) + " by "
                + escape(e.verifiedBy()) + manifest(e.manifest());
        List<Link> found = links().add(links.environment(e.environment())).list();
        ThreadHead next = promotionHead(head, e.environment()).withStatus("released " + sha(e.sha()) + ", verified")
                .withLinks(found);
        return Notice.threaded(Route.DEPLOYMENT, e.environment(), promotion(e.promotionId()), line, found, next);
    }

    private Notice rollbackStarted(RollbackStarted e, ThreadHead head) {
        String title = ":rewind: Rollback of " + bold(e.environment()) + " to " + sha(e.toSha()) + " (from "
                + sha(e.fromSha()) + ")";
        String line = title + ", requested by " + escape(e.requestedBy()) + ": " + escape(e.reason());
        List<Link> found = links().add(links.environment(e.environment())).list();
        ThreadHead next = (head == null ? ThreadHead.of(title, "") : head.withTitle(title))
                .withStatus("rolling back (" + escape(e.requestedBy()) + ": " + escape(e.reason()) + ")").withLinks(found);
        return Notice.threaded(Route.ROLLBACK, e.environment(), rollback(e.rollbackId()), line, found, next);
    }

    private Notice rollbackFinished(RollbackFinished e, ThreadHead head) {
        String detail = e.detail() == null ? "" : ": " + escape(e.detail());
        ThreadHead start = head != null ? head
                : ThreadHead.of(":rewind: Rollback of " + bold(e.environment()) + " to " + sha(e.toSha()), "");
        if (e.succeeded()) {
            String line = ":leftwards_arrow_with_hook: " + bold(e.environment()) + " is back on " + sha(e.toSha()) + detail;
            return Notice.threaded(Route.ROLLBACK, e.environment(), rollback(e.rollbackId()), line, List.of(),
                    start.withStatus("done, back on " + sha(e.toSha())));
        }
        String line = ":x: Rollback of " + bold(e.environment()) + " to " + sha(e.toSha()) + " failed" + detail;
        return Notice.threaded(Route.ROLLBACK, e.environment(), rollback(e.rollbackId()), line, List.of(),
                start.withStatus("failed" + detail)).alerting();
    }

    private Notice freeze(FreezeChanged e) {
        String line = e.frozen()
                ? ":snowflake: Promotions into " + bold(e.environment()) + " frozen by " + escape(e.changedBy())
                        + (e.until() == null ? " until thawed" : " until " + Mrkdwn.time(e.until()))
                        + ": " + escape(e.reason())
                : ":sunny: Promotions into " + bold(e.environment()) + " thawed by " + escape(e.changedBy()) + ": "
                        + escape(e.reason());
        return Notice.standalone(Route.CALENDAR, e.environment(), line,
                links().add(links.environment(e.environment())).list());
    }

    private static String manifest(ReleaseManifest manifest) {
        if (manifest == null || (manifest.ppcVersion() == null && manifest.sdkVersion() == null)) {
            return "";
        }
        StringBuilder pins = new StringBuilder(" — pins");
        if (manifest.ppcVersion() != null) {
            pins.append(" PPC ").append(sha(manifest.ppcVersion()));
        }
        if (manifest.sdkVersion() != null) {
            pins.append(manifest.ppcVersion() != null ? "," : "").append(" SDK ").append(Mrkdwn.escape(manifest.sdkVersion()));
        }
        return pins.toString();
    }
}
