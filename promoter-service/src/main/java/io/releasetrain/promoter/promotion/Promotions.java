package io.releasetrain.promoter.promotion;

import io.releasetrain.events.release.PromotionTrigger;
import io.releasetrain.messaging.outbox.Outbox;
import io.releasetrain.promoter.github.CommitCheck;
import io.releasetrain.promoter.github.GitHubRepos;
import io.releasetrain.promoter.github.PullRequestRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Every state change of a promotion, each in one transaction with its timeline line and its release event
 * (through the outbox). Nothing here calls GitHub: {@link PromotionDriver} does, and records what it found here.
 */
@ApplicationScoped
public class Promotions {

    /** Who the train itself is, in timelines and events. */
    public static final String TRAIN = "release-train";

    private final Outbox outbox;
    private final Environments environments;
    private final PromotionConfig config;
    private final Clock clock;

    Promotions(Outbox outbox, Environments environments, PromotionConfig config, Clock clock) {
        this.outbox = outbox;
        this.environments = environments;
        this.config = config;
        this.clock = clock;
    }

    /** A promotion to start: from the environment before {@code target}, at {@code sha}. */
    public record Request(Environments.Env source, Environments.Env target, String sha, PromotionTrigger trigger,
            String requestedBy, String reason) {
    }

    /**
     * Records a requested promotion. Refused (409) while another promotion is in flight into the same target;
     * the unique in-flight key makes that hold across instances too.
     */
    @Transactional
    public Promotion request(Request request) {
        Promotion.inFlightInto(request.target().name()).ifPresent(other -> {
            throw new PromotionInFlightException(request.target().name(), other);
        });
        Instant now = clock.instant();
        Promotion p = new Promotion();
        p.id = "prm-" + UUID.randomUUID().toString().substring(0, 18);
        p.repository = config.repository();
        p.sourceEnvironment = request.source().name();
        p.targetEnvironment = request.target().name();
        p.sourceBranch = request.source().branch();
        p.targetBranch = request.target().branch();
        p.promotionBranch = config.branchPrefix() + p.targetEnvironment + "-" + p.id;
        p.candidateSha = request.sha();
        p.headSha = request.sha();
        p.state = PromotionState.REQUESTED;
        p.inFlightTarget = p.targetEnvironment;
        p.requiresApproval = request.target().config().requiresApproval();
        p.triggerKind = request.trigger().name();
        p.requestedBy = request.requestedBy();
        p.reason = request.reason();
        p.createdAt = now;
        p.updatedAt = now;
        // Flushed here, so that losing the in-flight key to another instance fails this call, not the commit.
        p.persistAndFlush();
        note(p, request.requestedBy(), "requested " + p.sourceBranch + " → " + p.targetBranch + " at " + p.candidateSha
                + " (" + request.trigger().name().toLowerCase() + "): " + request.reason());
        outbox.publish(PromotionEvents.scheduled(p));
        return p;
    }

    /** The pull request is open; the manifest and the commits it brings are known (or noted as missing). */
    @Transactional
    public void opened(String id, PullRequestRef pull, String ppcVersion, String sdkVersion,
            GitHubRepos.Comparison comparison, List<String> notes) {
        Promotion p = get(id);
        if (p.state != PromotionState.REQUESTED) {
            return;
        }
        p.pullRequestNumber = pull.number();
        p.pullRequestUrl = pull.url();
        p.ppcVersion = ppcVersion;
        p.sdkVersion = sdkVersion;
        if (comparison != null) {
            p.commitCount = comparison.commits();
            p.compareUrl = comparison.url();
        }
        notes.forEach(note -> note(p, TRAIN, note));
        move(p, PromotionState.PULL_REQUEST_OPEN, TRAIN, "pull request #" + pull.number() + " " + pull.url());
        outbox.publish(PromotionEvents.opened(p));
        move(p, PromotionState.CHECKS_PENDING, TRAIN, "waiting for " + target(p).checks());
        judge(p);
    }

    /** The target already has the candidate: nothing to promote. */
    @Transactional
    public void nothingToPromote(String id) {
        Promotion p = get(id);
        if (p.state == PromotionState.REQUESTED) {
            move(p, PromotionState.NOTHING_TO_PROMOTE, TRAIN, p.targetBranch + " already contains " + p.candidateSha);
            outbox.publish(PromotionEvents.nothingToPromote(p));
        }
    }

    /**
     * A check reported on a commit: recorded for every promotion in flight whose head it is, each judged again.
     *
     * @return the promotions whose merge became due
     */
    @Transactional
    public List<String> checkReported(String repository, String sha, CommitCheck check) {
        List<String> due = new java.util.ArrayList<>();
        for (Promotion p : Promotion.inFlightAtHead(repository, sha)) {
            if (!p.state.beforeMerge()) {
                continue;
            }
            PromotionCheck.record(p.id, sha, check, clock.instant());
            if (p.state == PromotionState.REQUESTED) {
                // Its pull request is being opened: the check is kept and judged once it is open.
                continue;
            }
            judge(p);
            if (p.state.mergeDue(p.requiresApproval)) {
                due.add(p.id);
            }
        }
        return due;
    }

    /** Checks read from GitHub by the reconciler: recorded, then judged. True when the merge is due. */
    @Transactional
    public boolean checksRead(String id, String sha, List<CommitCheck> checks) {
        Promotion p = get(id);
        if (!p.headSha.equals(sha) || !p.state.beforeMerge() || p.state == PromotionState.REQUESTED) {
            return false;
        }
        checks.forEach(check -> PromotionCheck.record(p.id, sha, check, clock.instant()));
        judge(p);
        return p.state.mergeDue(p.requiresApproval);
    }

    /** New commits on the promotion branch (fixes taken in): checks start over on the new head. */
    @Transactional
    public void headMoved(String id, String newHead, String actor, String why) {
        Promotion p = get(id);
        if (p.headSha.equals(newHead) || !p.state.beforeMerge() || p.state == PromotionState.REQUESTED) {
            return;
        }
        p.headSha = newHead;
        p.approvedBy = null;
        p.mergeClaimedAt = null;
        if (p.state != PromotionState.CHECKS_PENDING) {
            move(p, PromotionState.CHECKS_PENDING, actor, "head moved to " + newHead + ": " + why);
        } else {
            note(p, actor, "head moved to " + newHead + ": " + why);
        }
        judge(p);
    }

    /** Approves a promotion awaiting approval. */
    @Transactional
    public Promotion approve(String id, String actor, String reason) {
        Promotion p = get(id);
        if (p.state != PromotionState.AWAITING_APPROVAL) {
            throw new ClientErrorException("Promotion " + id + " is " + p.state + ", not awaiting approval", 409);
        }
        p.approvedBy = actor;
        move(p, PromotionState.APPROVED, actor, "approved: " + reason);
        outbox.publish(PromotionEvents.approved(p, reason));
        return p;
    }

    /** Claims the merge for this instance, so that two instances (or a retry) never both call merge. */
    @Transactional
    public boolean claimMerge(String id, Duration lease) {
        Promotion p = get(id);
        Instant now = clock.instant();
        if (!p.state.mergeDue(p.requiresApproval)
                || (p.mergeClaimedAt != null && p.mergeClaimedAt.plus(lease).isAfter(now))) {
            return false;
        }
        p.mergeClaimedAt = now;
        return true;
    }

    /** The pull request was merged (by us, or adopted when someone merged it). */
    @Transactional
    public void merged(String id, String mergeSha, String mergedBy) {
        Promotion p = get(id);
        if (!p.state.beforeMerge()) {
            return;
        }
        p.mergeSha = mergeSha;
        move(p, PromotionState.MERGED, mergedBy, "merged as " + mergeSha + " (merge commit of " + p.headSha + ")");
        outbox.publish(PromotionEvents.merged(p, mergedBy));
    }

    /** A timeline note, e.g. why the merge did not happen yet. */
    @Transactional
    public void noted(String id, String actor, String detail) {
        note(get(id), actor, detail);
    }

    /** The push build on the target branch started at the merge commit. */
    @Transactional
    public void deploying(String id, String buildUrl) {
        Promotion p = get(id);
        if (p.state == PromotionState.MERGED) {
            p.deployBuildUrl = buildUrl;
            move(p, PromotionState.DEPLOYING, TRAIN, "deploying " + p.mergeSha + (buildUrl == null ? "" : " " + buildUrl));
            outbox.publish(PromotionEvents.deploying(p));
        }
    }

    /** The push build passed: the environment runs the merge commit; verified at once unless checks verify it. */
    @Transactional
    public void deployed(String id, String buildUrl) {
        Promotion p = get(id);
        if (p.state != PromotionState.MERGED && p.state != PromotionState.DEPLOYING) {
            return;
        }
        p.deployBuildUrl = buildUrl == null ? p.deployBuildUrl : buildUrl;
        move(p, PromotionState.DEPLOYED, TRAIN, p.targetEnvironment + " runs " + p.mergeSha);
        EnvironmentDeployment.record(p.targetEnvironment, p.mergeSha, p.id, clock.instant());
        outbox.publish(PromotionEvents.deployed(p));
        if (target(p).verificationChecks().isEmpty()) {
            verify(p, TRAIN, "the deploying push build also verified it");
        }
    }

    /** A verification check passed on the deployed commit; verified once all did. */
    @Transactional
    public void verificationReported(String id, CommitCheck check) {
        Promotion p = get(id);
        if (p.state != PromotionState.DEPLOYED) {
            return;
        }
        PromotionCheck.record(p.id, p.mergeSha, check, clock.instant());
        CheckGate.Verdict verdict = CheckGate.judge(target(p).verificationChecks(), PromotionCheck.latest(p.id, p.mergeSha));
        if (verdict.outcome() == CommitCheck.Outcome.SUCCESS) {
            verify(p, TRAIN, "verified by " + target(p).verificationChecks());
        } else if (verdict.outcome() == CommitCheck.Outcome.FAILURE) {
            note(p, TRAIN, "verification failed: " + verdict.failed());
        }
    }

    /** Gives a promotion up before its merge. */
    @Transactional
    public Promotion abandon(String id, String actor, String reason) {
        Promotion p = get(id);
        if (!p.state.beforeMerge()) {
            throw new ClientErrorException("Promotion " + id + " is " + p.state + ": only a promotion before its merge"
                    + " can be abandoned", 409);
        }
        move(p, PromotionState.ABANDONED, actor, "abandoned: " + reason);
        outbox.publish(PromotionEvents.abandoned(p, actor, reason));
        return p;
    }

    /** A promotion by id; 404 when there is none. */
    public Promotion get(String id) {
        Promotion p = Promotion.findById(id);
        if (p == null) {
            throw new NotFoundException("No promotion " + id);
        }
        return p;
    }

    /** The promotion by id, if any. */
    public Optional<Promotion> find(String id) {
        return Optional.ofNullable(Promotion.findById(id));
    }

    private void judge(Promotion p) {
        CheckGate.Verdict verdict = CheckGate.judge(target(p).checks(), PromotionCheck.latest(p.id, p.headSha));
        switch (verdict.outcome()) {
            case SUCCESS -> {
                if (p.state == PromotionState.CHECKS_PENDING || p.state == PromotionState.CHECKS_FAILED) {
                    move(p, PromotionState.CHECKS_PASSED, TRAIN, "checks passed on " + p.headSha + ": " + target(p).checks());
                    outbox.publish(PromotionEvents.checksPassed(p));
                    if (p.requiresApproval) {
                        move(p, PromotionState.AWAITING_APPROVAL, TRAIN, p.targetEnvironment + " requires an approval");
                        outbox.publish(PromotionEvents.awaitingApproval(p));
                    }
                }
            }
            case FAILURE -> {
                if (p.state != PromotionState.CHECKS_FAILED) {
                    move(p, PromotionState.CHECKS_FAILED, TRAIN, "checks failed on " + p.headSha + ": " + verdict.failed());
                    outbox.publish(PromotionEvents.checksFailed(p, verdict.failed(), verdict.failedUrl()));
                }
            }
            case PENDING -> {
                // Still waiting: nothing to record until a check reports.
            }
        }
    }

    private void verify(Promotion p, String by, String detail) {
        move(p, PromotionState.VERIFIED, by, detail);
        outbox.publish(PromotionEvents.promoted(p, by));
    }

    private Environments.Env target(Promotion p) {
        return environments.named(p.targetEnvironment).orElseThrow(() -> new IllegalStateException(
                "Promotion " + p.id + " targets " + p.targetEnvironment + ", which is no longer configured"));
    }

    private void move(Promotion p, PromotionState next, String actor, String detail) {
        if (!p.state.canMoveTo(next)) {
            throw new IllegalStateException("Promotion " + p.id + " cannot go from " + p.state + " to " + next);
        }
        p.state = next;
        p.inFlightTarget = next.inFlight() ? p.targetEnvironment : null;
        p.updatedAt = clock.instant();
        note(p, actor, detail);
    }

    private void note(Promotion p, String actor, String detail) {
        TimelineEntry entry = new TimelineEntry();
        entry.promotionId = p.id;
        entry.at = clock.instant();
        entry.state = p.state;
        entry.actor = actor;
        entry.detail = detail.length() > 2000 ? detail.substring(0, 2000) : detail;
        entry.persist();
    }
}
