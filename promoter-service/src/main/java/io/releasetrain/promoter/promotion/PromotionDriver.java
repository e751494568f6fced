package io.releasetrain.promoter.promotion;

import io.releasetrain.messaging.remote.RemoteException;
import io.releasetrain.promoter.github.GitHubClient;
import io.releasetrain.promoter.github.GitHubRepos;
import io.releasetrain.promoter.github.MergeOutcome;
import io.releasetrain.promoter.github.PullRequestRef;
import io.releasetrain.promoter.rollback.Rollback;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Does on GitHub what a promotion's state calls for, then records the outcome through {@link Promotions}:
 * opens the branch and pull request (reading the manifest and the commits it brings), merges when due
 * (claimed first, the pull request read first, so a retry or a restart never merges twice), and, for the
 * reconciler, reads the pull request and its checks as GitHub has them. Never runs inside a transaction.
 */
@ApplicationScoped
public class PromotionDriver {

    private static final Logger LOG = Logger.getLogger(PromotionDriver.class);

    private final Promotions promotions;
    private final GitHubRepos github;
    private final PromotionConfig config;

    PromotionDriver(Promotions promotions, GitHubClient github, PromotionConfig config) {
        this.promotions = promotions;
        this.github = github.repos();
        this.config = config;
    }

    /** Takes the promotion as far as GitHub lets it go now; failures are logged and left to the reconciler. */
    public void advance(String id) {
        try {
            Promotion p = snapshot(id);
            if (p.state == PromotionState.REQUESTED) {
                open(p);
                p = snapshot(id);
            }
            if (p.state.mergeDue(p.requiresApproval)) {
                merge(p);
            }
        } catch (RemoteException | Contention.PromotionChangedException e) {
            LOG.warnf("Promotion %s: %s; the reconciler tries again", id, e.getMessage());
        }
    }

    /** Compares the promotion with GitHub (pull request, head, checks), then advances it. */
    public void reconcile(String id) {
        try {
            Promotion p = snapshot(id);
            if (p.pullRequestNumber != null && p.state.beforeMerge()) {
                PullRequestRef pull = github.pullRequest(p.repository, p.pullRequestNumber);
                if (pull.merged()) {
                    record(id, "recording the merge GitHub made", () -> promotions.merged(id, pull.mergeSha(), "github"));
                    return;
                }
                if (!pull.open()) {
                    record(id, "recording the pull request closed on GitHub", () -> {
                        try {
                            promotions.abandon(id, "github", "the pull request was closed on GitHub");
                        } catch (jakarta.ws.rs.ClientErrorException finished) {
                            // Merged or abandoned by another writer meanwhile: nothing left to give up.
                        }
                    });
                    return;
                }
                if (pull.headSha() != null && !pull.headSha().equals(p.headSha)) {
                    record(id, "recording its new head", () -> promotions.headMoved(id, pull.headSha(), "github",
                            "found by the reconciler"));
                }
                Promotion now = snapshot(id);
                List<io.releasetrain.promoter.github.CommitCheck> checks = github.checks(p.repository, now.headSha);
                record(id, "recording its checks", () -> promotions.checksRead(id, now.headSha, checks));
            }
        } catch (RemoteException | Contention.PromotionChangedException e) {
            LOG.warnf("Promotion %s: reconciling: %s", id, e.getMessage());
        }
        advance(id);
    }

    /** Closes the pull request and deletes the branch of an abandoned promotion (best effort). */
    public void cleanUp(Promotion p) {
        try {
            if (p.pullRequestNumber != null) {
                github.closePullRequest(p.repository, p.pullRequestNumber);
            }
            github.deleteBranch(p.repository, p.promotionBranch);
        } catch (RemoteException e) {
            promotions.noted(p.id, Promotions.TRAIN, "could not close the pull request or delete the branch: " + e.getMessage());
        }
    }

    /** Merges a fix (a branch or commit) into the promotion branch through GitHub's merges API; the new head. */
    public Optional<String> takeFix(Promotion p, String fix, String actor, String reason) {
        Optional<String> head = github.mergeInto(p.repository, p.promotionBranch, fix,
                "Take " + fix + " into promotion " + p.id + " (" + actor + "): " + reason);
        head.ifPresent(sha -> record(p.id, "taking the fix in", () -> promotions.headMoved(p.id, sha, actor,
                "took " + fix + ": " + reason)));
        return head;
    }

    private void open(Promotion p) {
        github.createBranch(p.repository, p.promotionBranch, p.candidateSha);
        PullRequestText words = text(p);
        Optional<PullRequestRef> pull = github.openPullRequest(p.repository, p.promotionBranch, p.targetBranch,
                words.title(), words.body());
        if (pull.isEmpty()) {
            github.deleteBranch(p.repository, p.promotionBranch);
            record(p.id, "recording that there is nothing to promote", () -> promotions.nothingToPromote(p.id));
            return;
        }
        List<String> notes = new ArrayList<>();
        String ppc = manifestValue(p, config.manifest().lockFile(), notes,
                text -> ManifestReader.lockedRevision(text, config.manifest().ppcPackage()),
                config.manifest().ppcPackage() + " revision");
        String sdk = manifestValue(p, config.manifest().ciFile(), notes,
                text -> ManifestReader.sdkVersion(text, config.manifest().sdkPattern()), "SDK version");
        GitHubRepos.Comparison comparison = github.compare(p.repository, p.targetBranch, p.candidateSha);
        record(p.id, "recording its pull request", () -> promotions.opened(p.id, pull.get(), ppc, sdk, comparison, notes));
    }

    private String manifestValue(Promotion p, String path, List<String> notes,
            Function<String, Optional<String>> parse, String what) {
        Optional<String> file = github.file(p.repository, path, p.candidateSha);
        if (file.isEmpty()) {
            notes.add("manifest: " + path + " is missing at " + p.candidateSha + "; no " + what);
            return null;
        }
        Optional<String> value = parse.apply(file.get());
        if (value.isEmpty()) {
            notes.add("manifest: no " + what + " found in " + path + " at " + p.candidateSha);
        }
        return value.orElse(null);
    }

    private void merge(Promotion p) {
        // Not retried: a claim lost to another instance means that instance merges.
        boolean claimed;
        try {
            claimed = promotions.claimMerge(p.id, config.reconcileInterval());
        } catch (RuntimeException e) {
            if (!Contention.lostRace(e)) {
                throw e;
            }
            claimed = false;
        }
        if (!claimed) {
            return;
        }
        PullRequestRef pull = github.pullRequest(p.repository, p.pullRequestNumber);
        if (pull.merged()) {
            record(p.id, "recording the merge GitHub made", () -> promotions.merged(p.id, pull.mergeSha(), "github"));
            return;
        }
        if (pull.headSha() != null && !pull.headSha().equals(p.headSha)) {
            record(p.id, "recording its new head", () -> promotions.headMoved(p.id, pull.headSha(), "github",
                    "the pull request's head changed before the merge"));
            return;
        }
        MergeOutcome outcome = github.merge(p.repository, p.pullRequestNumber, p.headSha, text(p).mergeTitle());
        switch (outcome.result()) {
            case MERGED -> record(p.id, "recording its merge", () -> promotions.merged(p.id, outcome.mergeSha(),
                    Promotions.TRAIN));
            case NOT_MERGEABLE -> promotions.noted(p.id, Promotions.TRAIN,
                    "GitHub says the pull request is not mergeable (405); trying again on the next reconcile");
            case HEAD_CHANGED -> {
                PullRequestRef now = github.pullRequest(p.repository, p.pullRequestNumber);
                record(p.id, "recording its new head", () -> promotions.headMoved(p.id, now.headSha(), "github",
                        "the head changed under the merge (409)"));
            }
        }
    }

    private Promotion snapshot(String id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Promotion p = promotions.get(id);
            Promotion copy = new Promotion();
            copy.id = p.id;
            copy.repository = p.repository;
            copy.state = p.state;
            copy.requiresApproval = p.requiresApproval;
            copy.pullRequestNumber = p.pullRequestNumber;
            copy.headSha = p.headSha;
            copy.candidateSha = p.candidateSha;
            copy.promotionBranch = p.promotionBranch;
            copy.sourceBranch = p.sourceBranch;
            copy.targetBranch = p.targetBranch;
            copy.targetEnvironment = p.targetEnvironment;
            copy.requestedBy = p.requestedBy;
            copy.reason = p.reason;
            return copy;
        });
    }

    /** Records what GitHub said, once more if another writer changed the promotion at the same moment. */
    private static void record(String id, String what, Runnable change) {
        Contention.retryOnce(id, what, change);
    }

    /** The pull request's text: a rollback's names the release it goes back to. */
    private static PullRequestText text(Promotion p) {
        return QuarkusTransaction.requiringNew().call(() -> Rollback.ofPromotion(p.id)
                .map(r -> PullRequestText.rollback(p, new PullRequestText.RollbackOf(r.id, r.fromSha, r.toSha,
                        r.toPromotionId, r.requestedBy, r.reason)))
                .orElseGet(() -> PullRequestText.promotion(p)));
    }
}
