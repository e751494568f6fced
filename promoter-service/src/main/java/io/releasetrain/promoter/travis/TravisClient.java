package io.releasetrain.promoter.travis;

import com.fasterxml.jackson.databind.JsonNode;
import io.releasetrain.events.EventJson;
import io.releasetrain.promoter.remote.RemoteHttp;
import io.releasetrain.messaging.remote.RemoteNotFoundException;
import io.releasetrain.messaging.remote.RemoteRateLimitedException;
import io.releasetrain.messaging.remote.RemoteRejectedException;
import io.releasetrain.messaging.remote.RemoteUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.Base64;

/**
 * The Travis CI API, the only place that calls it. Timeouts, retries and rate limits are handled by
 * {@link RemoteHttp}. Throws {@link RemoteNotFoundException}, {@link RemoteRejectedException},
 * {@link RemoteRateLimitedException} or {@link RemoteUnavailableException} as that class describes.
 */
@ApplicationScoped
public class TravisClient {

    static final String SYSTEM = "Travis CI";

    private final RemoteHttp http;
    private final String apiUrl;

    TravisClient(TravisConfig config, Clock clock) {
        this.http = new RemoteHttp(SYSTEM, config.http(), clock);
        this.apiUrl = config.apiUrl().replaceAll("/+$", "");
    }

    /** The public key Travis CI signs webhook notifications with: {@code config.notifications.webhook.public_key} of {@code /config}. */
    public PublicKey webhookPublicKey() {
        String what = "read the webhook signing key";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(apiUrl + "/config"))
                .header("Accept", "application/json")
                .header("Travis-API-Version", "3")
                .header("User-Agent", "release-train-promoter")
                .GET();
        byte[] body = http.send(request, what).body();
        try {
            JsonNode key = EventJson.mapper().readTree(body).path("config").path("notifications").path("webhook")
                    .path("public_key");
            if (!key.isTextual()) {
                throw new RemoteUnavailableException(SYSTEM, what + ": config.notifications.webhook.public_key is missing", null);
            }
            return parsePem(key.asText());
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new RemoteUnavailableException(SYSTEM, what + ": the answer is not readable: " + e.getMessage(), e);
        }
    }

    /** An RSA public key from PEM ({@code BEGIN PUBLIC KEY}, X.509 SubjectPublicKeyInfo). */
    static PublicKey parsePem(String pem) throws GeneralSecurityException {
        String base64 = pem.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
        byte[] der = Base64.getDecoder().decode(base64);
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
    }
}
