package io.releasetrain.promoter.ingress.travis;

import io.releasetrain.promoter.ingress.DeliveryLedger.DeliveryRecord;
import io.releasetrain.promoter.ingress.FormFields;
import io.releasetrain.promoter.ingress.Intake;
import io.releasetrain.promoter.ingress.PayloadFields;
import io.releasetrain.promoter.ingress.WebhookConfig;
import io.releasetrain.promoter.ingress.WebhookRejection;
import io.releasetrain.promoter.ingress.WebhookRequest;
import io.releasetrain.promoter.ingress.WebhookResponse;
import io.releasetrain.messaging.remote.RemoteException;
import io.releasetrain.promoter.travis.TravisClient;
import io.releasetrain.promoter.travis.TravisConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.jboss.logging.Logger;

/**
 * {@code POST /webhooks/travis}: a Travis CI build notification, the form field {@code payload} signed
 * with Travis CI's key in the {@code Signature} header. Travis CI sends no delivery id; a notification is
 * identified by its build id and a digest of its payload, so a notification sent twice is recorded once
 * while a restarted build (new times, new states) is a new one.
 */
@ApplicationScoped
public class TravisWebhook {

    static final String SOURCE = "travis";
    private static final Logger LOG = Logger.getLogger(TravisWebhook.class);

    private final TravisKeyring keyring;
    private final List<String> repositories;
    private final TravisNormalizer normalizer = new TravisNormalizer();
    private final Intake intake;
    private final WebhookConfig webhookConfig;

    TravisWebhook(TravisConfig config, TravisClient client, Clock clock, Intake intake, WebhookConfig webhookConfig) {
        this.keyring = new TravisKeyring(client::webhookPublicKey, clock, config.keyRefreshMinInterval());
        this.repositories = config.repositories().orElse(List.of());
        this.intake = intake;
        this.webhookConfig = webhookConfig;
    }

    /**
     * Answers one notification; never fails for anything the request contains. May block (reading
     * Travis CI's key): run it on a worker thread.
     */
    public CompletionStage<WebhookResponse> handle(WebhookRequest request) {
        return Intake.guarded(() -> receive(request));
    }

    private CompletionStage<WebhookResponse> receive(WebhookRequest request) {
        String header = request.header("Signature");
        if (header == null) {
            throw WebhookRejection.unauthorized("Signature header is missing");
        }
        byte[] signature = TravisSignature.parse(header)
                .orElseThrow(() -> WebhookRejection.unauthorized("Signature header must be base64"));
        byte[] payloadBytes = FormFields.field(request.body(), "payload");
        if (payloadBytes == null || payloadBytes.length == 0) {
            throw WebhookRejection.badRequest("The body must be application/x-www-form-urlencoded with a 'payload' field");
        }
        Optional<WebhookResponse> unverifiable = verify(payloadBytes, signature);
        if (unverifiable.isPresent()) {
            return CompletableFuture.completedFuture(unverifiable.get());
        }
        PayloadFields payload = PayloadFields.parse(payloadBytes);
        String claimed = TravisNormalizer.repository(payload);
        String repository = repositories.stream()
                .filter(name -> name.toLowerCase(Locale.ROOT).equals(claimed.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> WebhookRejection.forbidden("Build notifications for repository '" + claimed
                        + "' are not accepted here"));
        String deliveryId = payload.number("id") + ":" + digest(payloadBytes);
        DeliveryRecord delivery = new DeliveryRecord(SOURCE, deliveryId, "build", repository, SOURCE + ":" + deliveryId);
        return intake.take(delivery, () -> normalizer.normalize(payload, repository));
    }

    /** Empty when the signature verifies; the answer to give otherwise. */
    private Optional<WebhookResponse> verify(byte[] payload, byte[] signature) {
        boolean verified;
        try {
            verified = keyring.verifies(payload, signature);
        } catch (RemoteException e) {
            LOG.warnf("Cannot verify a Travis CI notification: %s", e.getMessage());
            return Optional.of(WebhookResponse.unavailable(
                    "Travis CI's signing key cannot be read right now, so the notification cannot be verified; send it again",
                    Math.max(1, webhookConfig.retryAfter().toSeconds())));
        }
        if (!verified) {
            throw WebhookRejection.unauthorized("Signature does not verify the payload with Travis CI's public key");
        }
        return Optional.empty();
    }

    private static String digest(byte[] payload) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(payload), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
