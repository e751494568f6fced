package io.releasetrain.promoter.ingress;

import io.releasetrain.events.EventCatalog;
import io.releasetrain.promoter.ingress.DeliveryLedger.DeliveryRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The common last steps of every webhook endpoint, once a delivery is authenticated: normalize it,
 * record it with its events in one transaction, and say what happened. Maps what the sender can cause
 * to 4xx and a database outage to 503; anything else is a bug and propagates (500 with an incident id).
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

    /** Normalizes and records one delivery; {@code normalize} may throw {@link MalformedPayloadException}. */
    public WebhookResponse take(DeliveryRecord delivery, Supplier<Normalized> normalize) {
        Normalized normalized;
        try {
            normalized = normalize.get();
        } catch (MalformedPayloadException | IllegalArgumentException e) {
            // IllegalArgumentException: an event record refused a value the payload carried.
            throw WebhookRejection.badRequest("The '" + delivery.eventType() + "' payload is not usable", e.getMessage());
        }
        if (normalized instanceof Normalized.Ignored ignored) {
            return WebhookResponse.of(202, Receipt.ignored(delivery.deliveryId(), ignored.reason()));
        }
        Normalized.Events events = (Normalized.Events) normalized;
        boolean recorded;
        try {
            recorded = ledger.record(delivery, events.events());
        } catch (RuntimeException e) {
            if (!DatabaseFailures.isUnavailable(e)) {
                throw e;
            }
            LOG.warnf("Database unavailable; %s delivery %s answered 503: %s", delivery.source(), delivery.deliveryId(),
                    rootMessage(e));
            return WebhookResponse.unavailable("The delivery could not be stored right now; nothing was recorded, send it again",
                    Math.max(1, config.retryAfter().toSeconds()));
        }
        if (!recorded) {
            return WebhookResponse.of(200, Receipt.duplicate(delivery.deliveryId()));
        }
        List<String> types = events.events().stream().map(event -> EventCatalog.of(event).name()).toList();
        return WebhookResponse.of(202, Receipt.accepted(delivery.deliveryId(), types));
    }

    /** Runs {@code receive}, answering a {@link WebhookRejection} or malformed payload with its 4xx. */
    public static WebhookResponse guarded(Supplier<WebhookResponse> receive) {
        try {
            return receive.get();
        } catch (WebhookRejection rejection) {
            return WebhookResponse.rejected(rejection);
        } catch (MalformedPayloadException e) {
            return WebhookResponse.rejected(WebhookRejection.badRequest(e.getMessage()));
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
