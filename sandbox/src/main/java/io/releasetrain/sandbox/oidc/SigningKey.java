package io.releasetrain.sandbox.oidc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

/** The provider's RSA key: signs tokens (RS256) and is published as a JWK. Pure. */
public final class SigningKey {

    private final RSAPrivateCrtKey privateKey;
    private final RSAPublicKey publicKey;
    private final String keyId;

    private SigningKey(RSAPrivateCrtKey privateKey) throws GeneralSecurityException {
        this.privateKey = privateKey;
        this.publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
        byte[] thumb = MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded());
        this.keyId = base64Url(Arrays.copyOf(thumb, 12));
    }

    /** The key in {@code file}: PKCS#8 DER, or PEM ({@code BEGIN PRIVATE KEY}). */
    public static SigningKey read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, StandardCharsets.US_ASCII);
            if (text.contains("-----BEGIN PRIVATE KEY-----")) {
                String body = text.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
                bytes = Base64.getDecoder().decode(body);
            }
            return new SigningKey((RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException("sandbox.oidc.signing-key: cannot read " + file, e);
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException("sandbox.oidc.signing-key: " + file + " is not an RSA private key (PKCS#8)", e);
        }
    }

    /** A fresh 2048-bit key, kept in memory only. */
    public static SigningKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new SigningKey((RSAPrivateCrtKey) generator.generateKeyPair().getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JWS compact serialisation of {@code payloadJson}, RS256, with this key's {@code kid}. */
    public String sign(String payloadJson) {
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + keyId + "\"}";
        String input = base64Url(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64Url(payloadJson.getBytes(StandardCharsets.UTF_8));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(privateKey);
            rsa.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + base64Url(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public half as a JWK. */
    public Map<String, String> jwk() {
        return Map.of("kty", "RSA", "use", "sig", "alg", "RS256", "kid", keyId,
                "n", base64Url(unsigned(publicKey.getModulus())), "e", base64Url(unsigned(publicKey.getPublicExponent())));
    }

    public RSAPublicKey publicKey() {
        return publicKey;
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes.length > 1 && bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
