package io.releasetrain.promoter.ingress.travis;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Optional;

/**
 * Travis CI's webhook signature: the {@code Signature} header, base64 of the RSA-SHA1 signature of the
 * {@code payload} form field, made with the key Travis CI publishes at its API's {@code /config}.
 */
public final class TravisSignature {

    private TravisSignature() {
    }

    /** The signature bytes of the header, or empty when it is not base64. */
    public static Optional<byte[]> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(header.replaceAll("\\s", ""));
            return bytes.length == 0 ? Optional.empty() : Optional.of(bytes);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code signature} is {@code key}'s SHA1withRSA signature of {@code payload}. */
    public static boolean verifies(PublicKey key, byte[] payload, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance("SHA1withRSA");
            verifier.initVerify(key);
            verifier.update(payload);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            // A signature of the wrong length or shape is a signature that does not verify.
            return false;
        }
    }
}
