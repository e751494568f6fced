package io.releasetrain.promoter.promotion;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.List;

/**
 * What the promoter's tests do before each test: promotions earlier tests left in flight are abandoned when they
 * are before their merge, and let go of after it, so the next test may start one into any environment.
 */
public final class PromotionsInFlight {

    private PromotionsInFlight() {
    }

    /** Clears every promotion in flight, saying {@code why} in the timelines of those it abandons. */
    public static void clear(Promotions promotions, String why) {
        List<String> inFlight = QuarkusTransaction.requiringNew().call(() ->
                Promotion.allInFlight().stream().map(p -> p.id).toList());
        for (String id : inFlight) {
            QuarkusTransaction.requiringNew().run(() -> {
                Promotion p = promotions.get(id);
                if (p.state.beforeMerge()) {
                    promotions.abandon(id, "test", why);
                } else {
                    p.inFlightTarget = null;
                }
            });
        }
    }
}
