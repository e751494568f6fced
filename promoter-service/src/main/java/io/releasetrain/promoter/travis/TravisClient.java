package io.releasetrain.promoter.travis;

import com.fasterxml.jackson.databind.JsonNode;
import io.releasetrain.messaging.remote.RemoteCalls;
import io.releasetrain.messaging.remote.RemoteNotFoundException;
import io.releasetrain.messaging.remote.RemoteRateLimitedException;
import io.releasetrain.messaging.remote.RemoteRejectedException;
import io.releasetrain.messaging.remote.RemoteUnavailableException;
import io.releasetrain.promoter.remote.RemoteGuard;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.Base64;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The Travis CI API, the only place that calls it: its wire is the {@link TravisApi} REST Client, its
 * timeouts, retries, rate-limit waits and circuit breaker a {@link RemoteGuard}. Throws
 * {@link RemoteNotFoundException}, {@link RemoteRejectedException}, {@link RemoteRateLimitedException} or
 * {@link RemoteUnavailableException} as that class describes.
 */
@ApplicationScoped
public class TravisClient {

    static final String SYSTEM = "Travis CI";

    private final TravisApi api;
    private final RemoteGuard guard;

    TravisClient(TravisConfig config, @RestClient TravisApi api, RemoteCalls metrics, Clock clock) {
        this.api = api;
        this.guard = new RemoteGuard(SYSTEM, "travis", config.http(), metrics, clock);
    }

    /** The public key Travis CI signs webhook notifications with: {@code config.notifications.webhook.public_key} of {@code /config}. */
    public PublicKey webhookPublicKey() {
        String what = "read the webhook signing key";
        JsonNode config = guard.call("read_config", what, api::config);
        JsonNode key = config == null ? null
                : config.path("config").path("notifications").path("webhook").path("public_key");
        if (key == null || !key.isTextual()) {
            throw new RemoteUnavailableException(SYSTEM, what + ": config.notifications.webhook.public_key is missing", null);
        }
        try {
            return parsePem(key.asText());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
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
