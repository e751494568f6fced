package io.releasetrain.sandbox.oidc;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The sandbox's OpenID Connect provider ({@code sandbox.oidc.*}, environment {@code SANDBOX_OIDC_*}): who it says
 * it is and which key it signs with, so that the services of the local run accept its tokens as they accept
 * {@code scripts/dev-token.sh}'s.
 */
@ConfigMapping(prefix = "sandbox.oidc")
public interface OidcConfig {

    /**
     * The {@code iss} of every token, and of the discovery document. The local run's services require
     * {@code releasetrain-local} ({@code mp.jwt.verify.issuer}), the issuer of {@code scripts/DevToken.java}.
     */
    @WithDefault("releasetrain-local")
    String issuer();

    /**
     * The RSA private key tokens are signed with: PKCS#8, DER (as {@code scripts/DevToken.java} writes
     * {@code .local/jwt/private.der}) or PEM. None: a key is generated at start-up (tokens then verify only
     * against this provider's JWKS).
     */
    Optional<Path> signingKey();

    /** The client the console signs in as; authorization and token requests of any other are refused. */
    @WithDefault("console")
    String clientId();

    /**
     * The client's secret ({@code SANDBOX_OIDC_CLIENT_SECRET}); none: any secret, or none, is accepted (the sandbox
     * plays a provider on one machine, not a guard).
     */
    Optional<String> clientSecret();

    /** How long ID and access tokens are valid. */
    @WithDefault("12h")
    Duration tokenLifetime();

    /** How long an authorization code may wait for its exchange (once only). */
    @WithDefault("2m")
    Duration codeLifetime();
}
