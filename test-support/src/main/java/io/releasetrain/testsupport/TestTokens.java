package io.releasetrain.testsupport;

import io.smallrye.jwt.build.Jwt;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

/**
 * Bearer tokens for tests: an RSA key pair generated once per JVM (never stored anywhere), whose
 * public half the services are configured to trust, and JWTs signed with the private half.
 */
public final class TestTokens {

    /** The issuer of test tokens; services under test are configured to require it. */
    public static final String ISSUER = "https://tokens.releasetrain.test";

    private static final String PROPERTY = "releasetrain.test.jwt.keys";

    private TestTokens() {
    }

    /** A token for {@code subject} carrying {@code roles} in its {@code groups} claim, valid for an hour. */
    public static String forRoles(String subject, String... roles) {
        return Jwt.issuer(ISSUER)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(roles))
                .expiresIn(Duration.ofHours(1))
                .sign(privateKey());
    }

    /** A token signed by a key the services do not trust. */
    public static String signedByStranger(String subject, String... roles) {
        return Jwt.issuer(ISSUER).upn(subject).groups(Set.of(roles)).expiresIn(Duration.ofHours(1))
                .sign(generate().getPrivate());
    }

    /** The public key, Base64 DER (X.509), as {@code mp.jwt.verify.publickey} accepts it. */
    public static String publicKey() {
        return keys()[1];
    }

    private static PrivateKey privateKey() {
        try {
            byte[] der = Base64.getDecoder().decode(keys()[0]);
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("Test signing key is unreadable", e);
        }
    }

    private static String[] keys() {
        return JvmSingleton.get(PROPERTY, () -> {
            KeyPair pair = generate();
            Base64.Encoder base64 = Base64.getEncoder();
            return base64.encodeToString(pair.getPrivate().getEncoded()) + " "
                    + base64.encodeToString(pair.getPublic().getEncoded());
        }).split(" ");
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }
}
