package io.releasetrain.promoter.github;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * A GitHub App's installation access token: minted by exchanging a short-lived RS256 JWT signed with the
 * app's private key ({@code iss} = the app id, {@code iat} a minute in the past against clock drift,
 * {@code exp} nine minutes ahead, under GitHub's ten), cached, and minted again once it is within the
 * renewal margin of its expiry (GitHub's tokens live an hour).
 */
final class InstallationTokens {

    private static final Duration CLOCK_DRIFT = Duration.ofSeconds(60);
    private static final Duration JWT_LIFETIME = Duration.ofMinutes(9);

    /** A token and when GitHub says it expires. */
    record Token(String value, Instant expiresAt) {
    }

    private final String appId;
    private final PrivateKey privateKey;
    private final Duration renewalMargin;
    private final Clock clock;
    private final Function<String, Token> exchange;
    private Token current;

    /**
     * @param exchange asks GitHub for an installation token, given the app's JWT
     */
    InstallationTokens(String appId, PrivateKey privateKey, Duration renewalMargin, Clock clock,
            Function<String, Token> exchange) {
        this.appId = appId;
        this.privateKey = privateKey;
        this.renewalMargin = renewalMargin;
        this.clock = clock;
        this.exchange = exchange;
    }

    /** A token valid for at least the renewal margin, minting one when needed. */
    synchronized String token() {
        Instant now = clock.instant();
        if (current == null || !now.isBefore(current.expiresAt().minus(renewalMargin))) {
            current = exchange.apply(appJwt(now));
        }
        return current.value();
    }

    private String appJwt(Instant now) {
        return Jwt.issuer(appId)
                .issuedAt(now.minus(CLOCK_DRIFT))
                .expiresAt(now.plus(JWT_LIFETIME))
                .jws().algorithm(SignatureAlgorithm.RS256)
                .sign(privateKey);
    }
}
