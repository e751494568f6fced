package io.releasetrain.promoter.ingress;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.releasetrain.promoter.ingress.github.GitHubWebhook;
import io.releasetrain.promoter.ingress.travis.TravisWebhook;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * Mounts the webhook endpoints. They authenticate by signature only (no bearer token), and they sit
 * before Quarkus' own body-size check, whose 413 has an empty body: {@link WebhookHttp} enforces
 * {@link WebhookConfig#maxBodySize()} itself and answers in JSON.
 *
 * <ul>
 *   <li>{@code POST /webhooks/github}: 202 accepted, 202 ignored, 200 duplicate or ping, 400, 401, 403, 413, 503.</li>
 *   <li>{@code POST /webhooks/travis}: the same answers; 503 also when Travis CI's key cannot be read.</li>
 *   <li>any other method on {@code /webhooks/*}: 405.</li>
 * </ul>
 */
@ApplicationScoped
public class WebhookRoutes {

    static final int ORDER = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 2;
    /**
     * GitHub deliveries up to this size are verified and parsed on the event loop (well under a
     * millisecond); larger ones on a worker thread. Travis CI notifications always go to a worker thread:
     * verifying one may have to fetch Travis CI's key.
     */
    public static final long INLINE_UP_TO = 64 * 1024;

    private final GitHubWebhook github;
    private final TravisWebhook travis;
    private final WebhookConfig config;

    WebhookRoutes(GitHubWebhook github, TravisWebhook travis, WebhookConfig config) {
        this.github = github;
        this.travis = travis;
        this.config = config;
    }

    void mount(@Observes Router router) {
        long limit = config.maxBodySize().asLongValue();
        router.route(HttpMethod.POST, "/webhooks/github").order(ORDER)
                .handler(ctx -> WebhookHttp.receive(ctx, limit, INLINE_UP_TO, github::handle));
        router.route(HttpMethod.POST, "/webhooks/travis").order(ORDER)
                .handler(ctx -> WebhookHttp.receive(ctx, limit, -1, travis::handle));
        router.route("/webhooks/*").order(ORDER + 1)
                .handler(ctx -> WebhookHttp.write(ctx, WebhookResponse.error(405, "Method Not Allowed",
                        "Webhooks are delivered with POST to /webhooks/github or /webhooks/travis", List.of())));
    }
}
