package io.releasetrain.sandbox.travis;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;

/**
 * The key the simulated Travis CI signs webhook notifications with (SHA1withRSA over the {@code payload} form
 * field, base64 in the {@code Signature} header), made at start; its public half is served at {@code /config}.
 */
public final class TravisKey {

    private final KeyPair pair;

    public TravisKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            this.pair = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }

    /** The public key as Travis CI publishes it: PEM, {@code BEGIN PUBLIC KEY}. */
    public String publicKeyPem() {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pair.getPublic().getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n";
    }

    /** The {@code Signature} header for a payload. */
    public String sign(byte[] payload) {
        try {
            Signature signer = Signature.getInstance("SHA1withRSA");
            signer.initSign(pair.getPrivate());
            signer.update(payload);
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA1withRSA is not available", e);
        }
    }
}
