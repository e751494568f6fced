package io.releasetrain.promoter.ingress.github;

import io.releasetrain.promoter.github.GitHubConfig;
import io.releasetrain.promoter.ingress.DeliveryLedger.DeliveryRecord;
import io.releasetrain.promoter.ingress.FormFields;
import io.releasetrain.promoter.ingress.Intake;
import io.releasetrain.promoter.ingress.PayloadFields;
import io.releasetrain.promoter.ingress.Receipt;
import io.releasetrain.promoter.ingress.WebhookRejection;
import io.releasetrain.promoter.ingress.WebhookRequest;
import io.releasetrain.promoter.ingress.WebhookResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;

/**
 * {@code POST /webhooks/github}: authenticates a delivery by its signature before reading it, then
 * answers a ping, ignores event types the train does not use, refuses repositories it does not serve,
 * and records the rest with their events (see {@link GitHubHooks} for how the secret is chosen).
 */
@ApplicationScoped
public class GitHubWebhook {

    static final String SOURCE = "github";
    // The CloudEvent id is "github:<delivery>[:n]" and must fit the outbox's 64 characters.
    private static final Pattern DELIVERY_ID = Pattern.compile("[A-Za-z0-9._-]{1,50}");
    private static final Pattern EVENT_TYPE = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    private final GitHubHooks hooks;
    private final GitHubNormalizer normalizer = new GitHubNormalizer();
    private final Intake intake;

    GitHubWebhook(GitHubConfig config, Intake intake) {
        this.hooks = GitHubHooks.from(config);
        this.intake = intake;
    }

    /**
     * Answers one delivery; never fails for anything the request contains. Does not block: it may run on
     * the event loop.
     */
    public CompletionStage<WebhookResponse> handle(WebhookRequest request) {
        return Intake.guarded(() -> receive(request));
    }

    private CompletionStage<WebhookResponse> receive(WebhookRequest request) {
        Set<String> verified = hooks.authenticate(request.header("X-GitHub-Hook-ID"),
                request.header("X-Hub-Signature-256"), request.body());
        String deliveryId = required(request, "X-GitHub-Delivery", DELIVERY_ID,
                "1 to 50 letters, digits, '.', '_' or '-'");
        String event = required(request, "X-GitHub-Event", EVENT_TYPE, "a GitHub event name such as 'push'");
        if (!"ping".equals(event) && !GitHubNormalizer.HANDLED.contains(event)) {
            return answer(WebhookResponse.of(202, Receipt.ignored(deliveryId, "event type '" + event + "' is not used by the release train")));
        }
        PayloadFields payload = PayloadFields.parse(json(request));
        if ("ping".equals(event)) {
            if (payload.has("repository")) {
                repository(verified, payload);
            }
            return answer(WebhookResponse.of(200, Receipt.pong(deliveryId)));
        }
        String repository = repository(verified, payload);
        DeliveryRecord delivery = new DeliveryRecord(SOURCE, deliveryId, event, repository, SOURCE + ":" + deliveryId);
        return intake.take(delivery, () -> normalizer.normalize(event, payload, repository));
    }

    private static CompletionStage<WebhookResponse> answer(WebhookResponse response) {
        return CompletableFuture.completedFuture(response);
    }

    /** The configured name of the payload's repository, which must be one whose secret verified the signature. */
    private static String repository(Set<String> verified, PayloadFields payload) {
        String claimed = payload.text("repository.full_name");
        return GitHubHooks.match(verified, claimed).orElseThrow(() -> WebhookRejection.forbidden(
                "The delivery is for repository '" + abbreviate(claimed) + "', which is not configured with the secret that signed it"));
    }

    /** The JSON payload: the body itself, or its {@code payload} field when the hook sends form encoding. */
    private static byte[] json(WebhookRequest request) {
        String contentType = request.header("Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return request.body();
        }
        byte[] payload = FormFields.field(request.body(), "payload");
        if (payload == null) {
            throw WebhookRejection.badRequest("A form-encoded delivery must have a 'payload' field");
        }
        return payload;
    }

    private static String required(WebhookRequest request, String header, Pattern format, String expected) {
        String value = request.header(header);
        if (value == null) {
            throw WebhookRejection.badRequest(header + " header is missing");
        }
        if (!format.matcher(value).matches()) {
            throw WebhookRejection.badRequest(header + " header must be " + expected);
        }
        return value;
    }

    private static String abbreviate(String text) {
        return text.length() <= 100 ? text : text.substring(0, 100) + "...";
    }
}
