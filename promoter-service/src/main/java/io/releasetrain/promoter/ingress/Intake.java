package io.releasetrain.promoter.ingress;

import io.releasetrain.events.EventCatalog;
import io.releasetrain.events.ReleaseTrainEvent;
import io.releasetrain.promoter.ingress.DeliveryLedger.DeliveryRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The common last steps of every webhook endpoint, once a delivery is authenticated: normalize it,
 * record it with its events in one transaction, and say what happened, without blocking the caller.
 * Maps what the sender can cause to 4xx and a database outage to 503; anything else is a bug and
 * propagates (500 with an incident id).
 */
@ApplicationScoped
public class Intake {

    private static final Logger LOG = Logger.getLogger(Intake.class);

    private final DeliveryLedger ledger;
    private final WebhookConfig config;

    Intake(DeliveryLedger ledger, WebhookConfig config) {
        this.ledger = ledger;
        this.config = config;
    }

    /**
     * Normalizes and records one delivery; {@code normalize} may throw {@link MalformedPayloadException}.
     * Does not block: the stage completes when the delivery's transaction has committed (or failed).
     */
    public CompletionStage<WebhookResponse> take(DeliveryRecord delivery, Supplier<Normalized> normalize) {
        Normalized normalized;
        try {
            normalized = normalize.get();
        } catch (MalformedPayloadException | IllegalArgumentException e) {
            // IllegalArgumentException: an event record refused a value the payload carried.
            throw WebhookRejection.badRequest("The '" + delivery.eventType() + "' payload is not usable", e.getMessage());
        }
        if (normalized instanceof Normalized.Ignored ignored) {
            return CompletableFuture.completedFuture(
                    WebhookResponse.of(202, Receipt.ignored(delivery.deliveryId(), ignored.reason())));
        }
        List<ReleaseTrainEvent> events = ((Normalized.Events) normalized).events();
        return ledger.record(delivery, events).handle((recorded, failure) -> {
            if (failure != null) {
                return unavailableOrThrow(delivery, failure instanceof CompletionException ? failure.getCause() : failure);
            }
            if (!recorded) {
                return WebhookResponse.of(200, Receipt.duplicate(delivery.deliveryId()));
            }
            List<String> types = events.stream().map(event -> EventCatalog.of(event).name()).toList();
            return WebhookResponse.of(202, Receipt.accepted(delivery.deliveryId(), types));
        });
    }

    private WebhookResponse unavailableOrThrow(DeliveryRecord delivery, Throwable failure) {
        if (!DatabaseFailures.isUnavailable(failure)) {
            throw failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
        }
        LOG.warnf("Database unavailable; %s delivery %s answered 503: %s", delivery.source(), delivery.deliveryId(),
                rootMessage(failure));
        return WebhookResponse.unavailable("The delivery could not be stored right now; nothing was recorded, send it again",
                Math.max(1, config.retryAfter().toSeconds()));
    }

    /** Runs {@code receive}, answering a {@link WebhookRejection} or malformed payload with its 4xx. */
    public static CompletionStage<WebhookResponse> guarded(Supplier<CompletionStage<WebhookResponse>> receive) {
        try {
            return receive.get();
        } catch (WebhookRejection rejection) {
            return CompletableFuture.completedFuture(WebhookResponse.rejected(rejection));
        } catch (MalformedPayloadException e) {
            return CompletableFuture.completedFuture(WebhookResponse.rejected(WebhookRejection.badRequest(e.getMessage())));
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
