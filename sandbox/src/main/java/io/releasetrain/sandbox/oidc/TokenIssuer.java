package io.releasetrain.sandbox.oidc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Signs the tokens of a sign-in: an ID token for the console and an access token it forwards to the services,
 * both with the user's login as {@code sub} and {@code upn} and their roles in {@code groups}, as
 * {@code scripts/DevToken.java}'s tokens carry them.
 */
@ApplicationScoped
public class TokenIssuer {

    private static final Logger LOG = Logger.getLogger(TokenIssuer.class);

    /** The tokens of one sign-in. */
    public record Tokens(String idToken, String accessToken, long expiresIn) {
    }

    private final OidcConfig config;
    private final ObjectMapper json;
    private final SigningKey key;

    TokenIssuer(OidcConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
        this.key = config.signingKey().map(SigningKey::read).orElseGet(() -> {
            LOG.info("sandbox.oidc.signing-key not set: signing sign-in tokens with a key generated for this run");
            return SigningKey.generate();
        });
    }

    /** The tokens for {@code user}, issued to {@code clientId} at {@code now}. */
    public Tokens issue(SandboxUser user, String clientId, String nonce, Instant now) {
        long iat = now.getEpochSecond();
        long exp = iat + config.tokenLifetime().toSeconds();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", config.issuer());
        claims.put("sub", user.login());
        claims.put("upn", user.login());
        claims.put("preferred_username", user.login());
        claims.put("name", user.displayName());
        claims.put("groups", user.roles());
        claims.put("aud", clientId);
        claims.put("iat", iat);
        claims.put("exp", exp);
        Map<String, Object> access = new LinkedHashMap<>(claims);
        access.put("azp", clientId);
        Map<String, Object> id = new LinkedHashMap<>(claims);
        if (nonce != null) {
            id.put("nonce", nonce);
        }
        return new Tokens(key.sign(write(id)), key.sign(write(access)), exp - iat);
    }

    /** The JWKS document: the one signing key. */
    public Map<String, Object> jwks() {
        return Map.of("keys", java.util.List.of(key.jwk()));
    }

    private String write(Map<String, Object> claims) {
        try {
            return json.writeValueAsString(claims);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
