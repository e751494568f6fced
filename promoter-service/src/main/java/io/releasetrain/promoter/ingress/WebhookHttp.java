package io.releasetrain.promoter.ingress;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.releasetrain.events.EventJson;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * The HTTP side of a webhook endpoint, on Vert.x directly so that the body is read under our control:
 * a {@code Content-Length} over the limit gets 413 before a byte of the body is read, a body without one
 * is counted while it arrives and refused the moment it passes the limit, and only a body within the
 * limit is ever held in memory. The handler then runs on a worker thread (it verifies, parses and writes
 * to the database) and its {@link WebhookResponse} is written as JSON.
 */
public final class WebhookHttp {

    private static final Logger LOG = Logger.getLogger(WebhookHttp.class);
    private static final int INITIAL_BUFFER = 16 * 1024;
    /** After a 413, how long the rest of the body is read and dropped before the connection is closed. */
    private static final long LINGER_MILLIS = 2_000;

    private WebhookHttp() {
    }

    /**
     * Reads the body within {@code limit} bytes, hands it to {@code handler} and writes the answer once the
     * handler's stage completes. A body of at most {@code inlineUpTo} bytes is handled on the event loop
     * (the handler must then not block: verifying and parsing a small body takes well under a millisecond,
     * and the database write is handed to the {@link GroupCommit} writers); a larger one on a worker thread.
     */
    public static void receive(RoutingContext ctx, long limit, long inlineUpTo,
            Function<WebhookRequest, CompletionStage<WebhookResponse>> handler) {
        HttpServerRequest request = ctx.request();
        String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        long expected = INITIAL_BUFFER;
        WebhookResponse refusal = null;
        if (declared != null) {
            try {
                expected = Long.parseLong(declared.trim());
            } catch (NumberFormatException e) {
                refusal = WebhookResponse.error(400, "Bad Request", "Content-Length must be a number", List.of());
            }
            if (expected > limit) {
                refusal = WebhookResponse.rejected(WebhookRejection.tooLarge(limit));
            }
        }
        Buffer body = Buffer.buffer((int) Math.max(0, Math.min(expected, Math.min(limit, 4L * INITIAL_BUFFER))));
        boolean[] refused = {refusal != null};
        request.handler(chunk -> {
            if (refused[0]) {
                return; // dropped: we answered already and only read on so the sender sees the answer
            }
            if ((long) body.length() + chunk.length() > limit) {
                refused[0] = true;
                refuse(ctx, WebhookResponse.rejected(WebhookRejection.tooLarge(limit)));
                return;
            }
            body.appendBuffer(chunk);
        });
        request.exceptionHandler(e -> LOG.debugf("Webhook request on %s broke off: %s", request.path(), e.getMessage()));
        request.endHandler(ignored -> {
            if (refused[0]) {
                request.connection().close();
                return;
            }
            WebhookRequest webhook = new WebhookRequest(request.headers()::get, body.getBytes());
            Context context = Vertx.currentContext();
            CompletionStage<WebhookResponse> answer = body.length() <= inlineUpTo
                    ? handle(handler, webhook)
                    : ctx.vertx().executeBlocking(() -> handle(handler, webhook), false).toCompletionStage()
                            .thenCompose(Function.identity());
            answer.whenComplete((response, failure) -> context.runOnContext(
                    v -> write(ctx, failure == null ? response : incident(request, failure))));
        });
        if (refusal != null) {
            refuse(ctx, refusal);
        }
        request.resume();
    }

    private static CompletionStage<WebhookResponse> handle(Function<WebhookRequest, CompletionStage<WebhookResponse>> handler,
            WebhookRequest request) {
        try {
            return handler.apply(request);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Writes {@code response} as JSON. */
    public static void write(RoutingContext ctx, WebhookResponse response) {
        HttpServerResponse http = ctx.response();
        if (http.ended() || http.closed()) {
            return;
        }
        byte[] json;
        try {
            json = EventJson.mapper().writeValueAsBytes(response.body());
        } catch (JsonProcessingException e) {
            json = "{\"status\":500,\"error\":\"Internal Server Error\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        http.setStatusCode(response.status());
        http.putHeader(HttpHeaders.CONTENT_TYPE, "application/json");
        response.headers().forEach(http::putHeader);
        http.end(Buffer.buffer(json));
    }

    /**
     * Answers at once and closes the connection: the body that may still be arriving is not wanted. The
     * rest of it is read and dropped for a moment first, so the sender is not reset before it reads the answer.
     */
    private static void refuse(RoutingContext ctx, WebhookResponse response) {
        ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        write(ctx, response);
        ctx.vertx().setTimer(LINGER_MILLIS, id -> ctx.request().connection().close());
    }

    private static WebhookResponse incident(HttpServerRequest request, Throwable failure) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(failure, "Webhook %s failed unexpectedly, incident %s", request.path(), incident);
        return WebhookResponse.error(500, "Internal Server Error",
                "Something went wrong on our side; quote incident " + incident + " when reporting it", List.of());
    }
}
