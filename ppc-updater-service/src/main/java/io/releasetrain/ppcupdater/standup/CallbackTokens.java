package io.releasetrain.ppcupdater.standup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The single-use tokens a create job authenticates its callback with: 256 random bits, handed to the job
 * once; only their SHA-256 is stored, so the database alone cannot be used to forge a callback.
 */
public final class CallbackTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private CallbackTokens() {
    }

    /** A new token, URL-safe base64 of 32 random bytes. */
    public static String mint() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The hex SHA-256 of a token, as stored and looked up. */
    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
