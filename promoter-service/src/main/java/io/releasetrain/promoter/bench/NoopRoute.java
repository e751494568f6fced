package io.releasetrain.promoter.bench;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.releasetrain.promoter.ingress.Receipt;
import io.releasetrain.promoter.ingress.WebhookConfig;
import io.releasetrain.promoter.ingress.WebhookHttp;
import io.releasetrain.promoter.ingress.WebhookResponse;
import io.releasetrain.promoter.ingress.WebhookRoutes;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@code POST /bench/noop}: the benchmark's baseline, the same HTTP path as a GitHub delivery (body read
 * under the same limit, handled where a delivery of its size would be, JSON answer) with no work in the
 * handler. Answers 404 unless {@code releasetrain.bench.enabled=true}.
 */
@ApplicationScoped
public class NoopRoute {

    private final BenchConfig bench;
    private final WebhookConfig webhooks;

    NoopRoute(BenchConfig bench, WebhookConfig webhooks) {
        this.bench = bench;
        this.webhooks = webhooks;
    }

    void mount(@Observes Router router) {
        long limit = webhooks.maxBodySize().asLongValue();
        router.route("/bench/noop").order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 2).handler(ctx -> {
            if (!bench.enabled()) {
                WebhookHttp.write(ctx, WebhookResponse.error(404, "Not Found",
                        "The benchmark endpoint is off; start the service with releasetrain.bench.enabled=true", List.of()));
                return;
            }
            WebhookHttp.receive(ctx, limit, WebhookRoutes.INLINE_UP_TO,
                    request -> CompletableFuture.completedFuture(WebhookResponse.of(202, Receipt.ignored("noop", "benchmark baseline"))));
        });
    }
}
