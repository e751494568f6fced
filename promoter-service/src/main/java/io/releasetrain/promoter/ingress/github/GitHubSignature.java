package io.releasetrain.promoter.ingress.github;

import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * GitHub's webhook signature: {@code X-Hub-Signature-256: sha256=<hex>}, the HMAC-SHA256 of the raw
 * request body keyed with the webhook's secret.
 */
public final class GitHubSignature {

    static final String PREFIX = "sha256=";
    private static final int SHA256_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";
    /**
     * One Mac per thread, keyed anew for each body: looking the algorithm up through the security
     * providers costs more than the MAC of a typical delivery, and a Mac is not safe to share.
     */
    private static final ThreadLocal<Mac> MACS = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance(ALGORITHM);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        }
    });

    private GitHubSignature() {
    }

    /** The MAC a header claims, or empty when the header is not {@code sha256=} and 64 hex digits. */
    public static Optional<byte[]> parse(String header) {
        if (header == null || !header.startsWith(PREFIX) || header.length() != PREFIX.length() + 2 * SHA256_BYTES) {
            return Optional.empty();
        }
        try {
            return Optional.of(HexFormat.of().parseHex(header, PREFIX.length(), header.length()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The header value GitHub would send for {@code body} signed with {@code secret}. */
    public static String sign(byte[] secret, byte[] body) {
        return PREFIX + HexFormat.of().formatHex(mac(secret, body));
    }

    /** Whether {@code claimed} is the MAC of {@code body} under {@code secret}; compares in constant time. */
    public static boolean matches(byte[] secret, byte[] body, byte[] claimed) {
        return MessageDigest.isEqual(mac(secret, body), claimed);
    }

    private static byte[] mac(byte[] secret, byte[] body) {
        Mac mac = MACS.get();
        try {
            mac.init(new SecretKeySpec(secret, ALGORITHM));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("An HmacSHA256 key was refused", e);
        }
        return mac.doFinal(body);
    }
}
