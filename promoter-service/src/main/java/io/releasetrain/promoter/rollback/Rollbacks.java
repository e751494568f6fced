package io.releasetrain.promoter.rollback;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.releasetrain.events.release.PromotionTrigger;
import io.releasetrain.events.release.RollbackFinished;
import io.releasetrain.events.release.RollbackStarted;
import io.releasetrain.messaging.outbox.Outbox;
import io.releasetrain.promoter.calendar.CandidateSelector.Release;
import io.releasetrain.promoter.github.GitHubClient;
import io.releasetrain.promoter.promotion.Contention;
import io.releasetrain.promoter.promotion.EnvironmentDeployment;
import io.releasetrain.promoter.promotion.Environments;
import io.releasetrain.promoter.promotion.Promotion;
import io.releasetrain.promoter.promotion.PromotionConfig;
import io.releasetrain.promoter.promotion.PromotionStarter;
import io.releasetrain.promoter.promotion.PromotionState;
import io.releasetrain.promoter.promotion.Promotions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ClientErrorException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Rolling an environment back to an earlier verified release: GitHub's Git Data API makes a commit whose tree is
 * that release's, on top of the target branch's head (no clone, no force push), and that commit is promoted into
 * the environment through {@link PromotionStarter} like any promotion (pull request, the same checks, deploy
 * tracking), marked as a rollback and always waiting for an approval, as production does. A promotion into the
 * environment already past its merge (deployed, say, but failing verification) is superseded; one before its
 * merge must be abandoned first (409).
 */
@ApplicationScoped
public class Rollbacks {

    private final Environments environments;
    private final PromotionStarter starter;
    private final Promotions promotions;
    private final GitHubClient github;
    private final Outbox outbox;
    private final String repository;
    private final Clock clock;

    Rollbacks(Environments environments, PromotionStarter starter, Promotions promotions, GitHubClient github,
            Outbox outbox, PromotionConfig config, Clock clock) {
        this.environments = environments;
        this.starter = starter;
        this.promotions = promotions;
        this.github = github;
        this.outbox = outbox;
        this.repository = config.repository();
        this.clock = clock;
    }

    /** What the environment runs and where a rollback would take it. */
    private record Plan(Environments.Env env, String fromSha, Release to, String blockedBy) {
    }

    /**
     * Starts a rollback of {@code environment}.
     *
     * @param release optional: the promotion id or merge SHA of the earlier release; the previous one when absent
     * @return the rollback, its promotion opened as far as GitHub let it
     */
    public Rollback start(String environment, String release, String actor, String reason) {
        Plan plan = QuarkusTransaction.requiringNew().call(() -> plan(environment, release));
        String head = github.repos().branchHead(repository, plan.env().branch());
        String tree = github.commits().treeOf(repository, plan.to().sha());
        String commit = github.commits().commitTree(repository, tree, head, "Roll back " + environment + " to "
                + plan.to().promotionId() + " (" + plan.to().sha() + ")\n\nRequested by " + actor + ": " + reason);
        if (plan.blockedBy() != null) {
            promotions.noted(plan.blockedBy(), actor, "superseded by a rollback of " + environment + ": " + reason);
            Contention.retryOnce(plan.blockedBy(), "letting it go for a rollback", () -> QuarkusTransaction.requiringNew()
                    .run(() -> promotions.get(plan.blockedBy()).inFlightTarget = null));
        }
        Rollback rollback = new Rollback();
        starter.start(new Promotions.Request(plan.env(), plan.env(), commit, PromotionTrigger.MANUAL, actor,
                "rollback of " + environment + " to " + plan.to().promotionId() + " (" + plan.to().sha() + "): " + reason),
                p -> {
                    p.requiresApproval = true;
                    rollback.id = "rbk-" + UUID.randomUUID().toString().substring(0, 18);
                    rollback.environment = environment;
                    rollback.promotionId = p.id;
                    rollback.fromSha = plan.fromSha();
                    rollback.toSha = plan.to().sha();
                    rollback.toPromotionId = plan.to().promotionId();
                    rollback.rollbackSha = commit;
                    rollback.requestedBy = actor;
                    rollback.reason = reason;
                    rollback.createdAt = clock.instant();
                    rollback.persist();
                    promotions.noted(p.id, actor, "a rollback (" + rollback.id + ") of " + environment + " from "
                            + plan.fromSha() + " to the tree of " + plan.to().promotionId() + ", as commit " + commit
                            + " on " + head + "; it waits for an approval, as production does");
                    outbox.publish(new RollbackStarted(rollback.id, environment, plan.fromSha(), plan.to().sha(), actor, reason));
                });
        return rollback;
    }

    /** Records how a rollback's promotion ended: verified (the environment runs the earlier tree) or abandoned. */
    public void finished(String promotionId, boolean succeeded, String detail) {
        Rollback.ofPromotion(promotionId).filter(r -> r.finishedAt == null).ifPresent(r -> {
            r.finishedAt = clock.instant();
            r.succeeded = succeeded;
            outbox.publish(new RollbackFinished(r.id, r.environment, r.toSha, succeeded, detail));
        });
    }

    private Plan plan(String environment, String release) {
        Environments.Env env = environments.named(environment).orElseThrow(() ->
                new jakarta.ws.rs.NotFoundException("No environment " + environment));
        Optional<Promotion> inFlight = Promotion.inFlightInto(environment);
        if (inFlight.isPresent() && inFlight.get().state.beforeMerge()) {
            throw new ClientErrorException("Promotion " + inFlight.get().id + " into " + environment + " is in flight ("
                    + inFlight.get().state + "); abandon it before rolling back", 409);
        }
        EnvironmentDeployment running = EnvironmentDeployment.findById(environment);
        if (running == null) {
            throw new ClientErrorException(environment + " runs no release the train deployed: nothing earlier to roll "
                    + "back to", 409);
        }
        Set<String> rollbackPromotions = Rollback.<Rollback>list("environment", environment).stream()
                .map(r -> r.promotionId).collect(Collectors.toSet());
        String runningRelease = Rollback.ofPromotion(running.promotionId).map(r -> r.toSha).orElse(running.sha);
        List<Release> releases = Promotion.<Promotion>list(
                        "targetEnvironment = ?1 and state = ?2 and mergeSha is not null order by updatedAt desc, sequence desc",
                        environment, PromotionState.VERIFIED).stream()
                .filter(p -> !rollbackPromotions.contains(p.id))
                .map(p -> new Release(p.mergeSha, p.id)).toList();
        Release to = RollbackTarget.choose(releases, runningRelease, release).orElseThrow(() -> new ClientErrorException(
                release == null ? environment + " has no verified release earlier than " + runningRelease + " to roll back to"
                        : release + " is not a verified release of " + environment + " earlier than " + runningRelease, 409));
        return new Plan(env, running.sha, to, inFlight.map(p -> p.id).orElse(null));
    }
}
