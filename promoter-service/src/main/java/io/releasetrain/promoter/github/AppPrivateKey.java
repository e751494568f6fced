package io.releasetrain.promoter.github;

import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * A GitHub App's private key from PEM. GitHub hands out PKCS#1 keys ({@code BEGIN RSA PRIVATE KEY}); Java
 * reads PKCS#8 ({@code BEGIN PRIVATE KEY}), so a PKCS#1 key is wrapped in a PKCS#8 structure first.
 */
final class AppPrivateKey {

    /** DER of PKCS#8's version 0 and AlgorithmIdentifier {rsaEncryption, NULL}. */
    private static final byte[] RSA_PREFIX = {0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48,
            (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00};

    private AppPrivateKey() {
    }

    /** Reads a PKCS#1 or PKCS#8 RSA private key in PEM; {@code \n} escapes (as environments often carry them) are read as line breaks. */
    static PrivateKey read(String pem) {
        String text = pem.replace("\\n", "\n");
        boolean pkcs1 = text.contains("BEGIN RSA PRIVATE KEY");
        String base64 = text.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            byte[] der = Base64.getDecoder().decode(base64);
            byte[] pkcs8 = pkcs1 ? wrap(der) : der;
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("releasetrain.github.app.private-key is not an RSA private key in PEM: "
                    + e.getClass().getSimpleName(), e);
        }
    }

    private static byte[] wrap(byte[] pkcs1) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(RSA_PREFIX);
        body.write(0x04);
        body.writeBytes(length(pkcs1.length));
        body.writeBytes(pkcs1);
        ByteArrayOutputStream sequence = new ByteArrayOutputStream();
        sequence.write(0x30);
        sequence.writeBytes(length(body.size()));
        sequence.writeBytes(body.toByteArray());
        return sequence.toByteArray();
    }

    /** A DER length: short form below 128, otherwise the count of length bytes and then the bytes. */
    private static byte[] length(int length) {
        if (length < 128) {
            return new byte[] {(byte) length};
        }
        int bytes = length > 0xffff ? 3 : length > 0xff ? 2 : 1;
        byte[] encoded = new byte[bytes + 1];
        encoded[0] = (byte) (0x80 | bytes);
        for (int i = 0; i < bytes; i++) {
            encoded[bytes - i] = (byte) (length >>> (8 * i));
        }
        return encoded;
    }
}
