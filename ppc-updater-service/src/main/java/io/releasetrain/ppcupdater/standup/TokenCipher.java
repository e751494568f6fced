package io.releasetrain.ppcupdater.standup;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-GCM for access tokens at rest. A fresh 96-bit nonce per encryption; the PPC's cloud id and the key id
 * are authenticated with the ciphertext, so a sealed token copied to another PPC's row does not decrypt.
 */
public final class TokenCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TokenKeys keys;

    public TokenCipher(TokenKeys keys) {
        this.keys = keys;
    }

    /** Encrypts {@code token} of PPC {@code cloudId} with the active key. */
    public Sealed seal(String cloudId, String token) {
        String keyId = keys.activeKeyId();
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] ciphertext = run(Cipher.ENCRYPT_MODE, keyId, nonce, cloudId, token.getBytes(StandardCharsets.UTF_8));
        return new Sealed(keyId, Base64.getEncoder().encodeToString(nonce), Base64.getEncoder().encodeToString(ciphertext));
    }

    /** Decrypts a token sealed for PPC {@code cloudId}. */
    public String open(String cloudId, Sealed sealed) {
        byte[] plain = run(Cipher.DECRYPT_MODE, sealed.keyId(), Base64.getDecoder().decode(sealed.nonce()), cloudId,
                Base64.getDecoder().decode(sealed.ciphertext()));
        return new String(plain, StandardCharsets.UTF_8);
    }

    private byte[] run(int mode, String keyId, byte[] nonce, String cloudId, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, keys.key(keyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD((cloudId + "\n" + keyId).getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // The exception names no secret; a failed tag check means the row or the key is not the one it was sealed with.
            throw new IllegalStateException("access token of PPC " + cloudId + " does not decrypt with key '" + keyId
                    + "' (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /**
     * An encrypted token as stored.
     *
     * @param keyId      the key it was encrypted with
     * @param nonce      base64 of the GCM nonce
     * @param ciphertext base64 of the ciphertext and its tag
     */
    public record Sealed(String keyId, String nonce, String ciphertext) {
    }
}
