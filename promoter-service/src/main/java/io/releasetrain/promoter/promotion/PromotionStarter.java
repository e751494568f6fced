package io.releasetrain.promoter.promotion;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.releasetrain.events.release.PromotionTrigger;
import io.releasetrain.messaging.web.InvalidRequestException;
import io.releasetrain.promoter.github.GitHubClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;

/**
 * Starting a promotion: the one way to do it, whoever asks (on-call through REST, the release calendar
 * through a trigger). Resolves the environments and the candidate (the source branch's head unless a SHA
 * is given), records the request and opens its pull request.
 */
@ApplicationScoped
public class PromotionStarter {

    private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}");

    private final Environments environments;
    private final Promotions promotions;
    private final PromotionDriver driver;
    private final GitHubClient github;
    private final PromotionConfig config;

    PromotionStarter(Environments environments, Promotions promotions, PromotionDriver driver, GitHubClient github,
            PromotionConfig config) {
        this.environments = environments;
        this.promotions = promotions;
        this.driver = driver;
        this.github = github;
        this.config = config;
    }

    /** The environment a promotion into {@code to} comes from; 400 naming the field when that is not a promotion. */
    public Environments.Env target(String to) {
        Environments.Env target = environments.named(to).orElseThrow(() ->
                new InvalidRequestException("to", "'" + to + "' is not an environment; one of " + names()));
        if (environments.before(to).isEmpty()) {
            throw new InvalidRequestException("to", to + " is the first environment: nothing is promoted into it");
        }
        return target;
    }

    /**
     * Starts a promotion into {@code to}.
     *
     * @param from optional: must be the environment just before {@code to}
     * @param sha  optional: the candidate; the source branch's head when absent
     * @return the promotion, as far as it got (normally with its pull request open)
     */
    public Promotion start(String from, String to, String sha, PromotionTrigger trigger, String actor, String reason) {
        Environments.Env target = target(to);
        Environments.Env source = environments.before(to).orElseThrow();
        if (from != null && !from.equals(source.name())) {
            throw new InvalidRequestException("from", "promotions into " + to + " come from " + source.name()
                    + ", not " + from);
        }
        if (sha != null && !SHA.matcher(sha).matches()) {
            throw new InvalidRequestException("sha", "must be a full 40-character lower-case commit SHA");
        }
        String candidate = sha != null ? sha : github.repos().branchHead(config.repository(), source.branch());
        Promotions.Request request = new Promotions.Request(source, target, candidate, trigger, actor, reason);
        Promotion p = recordOrRefuse(to, () -> promotions.request(request));
        driver.advance(p.id);
        return p;
    }

    /**
     * Starts a promotion already resolved by the caller (a rollback: the target's own branch at a commit made for
     * it). {@code recorded} runs in the transaction that records the request, for the caller's own rows and
     * changes to the new promotion; the pull request is opened after the commit.
     */
    public Promotion start(Promotions.Request request, java.util.function.Consumer<Promotion> recorded) {
        Promotion p = recordOrRefuse(request.target().name(), () -> QuarkusTransaction.requiringNew().call(() -> {
            Promotion requested = promotions.request(request);
            recorded.accept(requested);
            return requested;
        }));
        driver.advance(p.id);
        return p;
    }

    /**
     * Records a request; when another request into the same target took the in-flight key between our check and
     * our insert (two instances, two on-call engineers), the 409 names the promotion that won, never a 500.
     */
    private Promotion recordOrRefuse(String target, java.util.function.Supplier<Promotion> record) {
        try {
            return record.get();
        } catch (RuntimeException e) {
            if (e instanceof PromotionInFlightException || !Contention.inFlightTaken(e)) {
                throw e;
            }
            throw new PromotionInFlightException(target, QuarkusTransaction.requiringNew().call(() ->
                    Promotion.inFlightInto(target).orElse(null)));
        }
    }

    private String names() {
        return environments.all().stream().map(Environments.Env::name).toList().toString();
    }
}
