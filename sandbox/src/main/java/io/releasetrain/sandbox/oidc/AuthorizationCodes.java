package io.releasetrain.sandbox.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Authorization codes waiting for their exchange: random, for one client and redirect URI, used once, short-lived. */
@ApplicationScoped
public class AuthorizationCodes {

    /** What a code was issued for. */
    public record Grant(SandboxUser user, String clientId, String redirectUri, String nonce, Instant expiresAt) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> waiting = new ConcurrentHashMap<>();
    private final OidcConfig config;

    AuthorizationCodes(OidcConfig config) {
        this.config = config;
    }

    /** A new code for {@code user}. */
    public String issue(SandboxUser user, String clientId, String redirectUri, String nonce) {
        Instant now = Clock.systemUTC().instant();
        waiting.values().removeIf(g -> g.expiresAt().isBefore(now));
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String code = HexFormat.of().formatHex(bytes);
        waiting.put(code, new Grant(user, clientId, redirectUri, nonce, now.plus(config.codeLifetime())));
        return code;
    }

    /** The grant of {@code code}, taken (a second exchange finds nothing); empty when unknown or expired. */
    public Optional<Grant> take(String code) {
        Grant grant = code == null ? null : waiting.remove(code);
        return Optional.ofNullable(grant).filter(g -> g.expiresAt().isAfter(Clock.systemUTC().instant()));
    }
}
