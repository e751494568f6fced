package io.releasetrain.promoter.promotion;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Every {@code releasetrain.promotion.reconcile-interval}, checks each promotion in flight against GitHub
 * (its pull request, head and checks) and advances it, so a webhook GitHub never delivered delays a promotion
 * by at most one interval. Safe on several instances: merges are claimed, transitions are optimistic.
 */
@ApplicationScoped
public class PromotionReconciler {

    private final PromotionDriver driver;

    PromotionReconciler(PromotionDriver driver) {
        this.driver = driver;
    }

    @Scheduled(every = "${releasetrain.promotion.reconcile-interval:1m}",
            delayed = "${releasetrain.promotion.reconcile-interval:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        reconcileAll();
    }

    /** Reconciles every promotion in flight now. */
    public void reconcileAll() {
        List<String> ids = QuarkusTransaction.requiringNew().call(() ->
                Promotion.allInFlight().stream().map(p -> p.id).toList());
        ids.forEach(driver::reconcile);
    }
}
