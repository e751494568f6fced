package io.releasetrain.sandbox.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The provider signs with the local run's key as scripts/DevToken.java writes it, so the services accept its tokens. */
class SigningKeyTest {

    @TempDir
    Path dir;

    @Test
    void aKeyWrittenAsDevTokenWritesItSignsTokensItsPublicHalfVerifies() throws Exception {
        // Given a key pair stored as DevToken stores it (private.der, PKCS#8 DER) and as PEM
        KeyPair pair = rsa();
        Files.write(dir.resolve("private.der"), pair.getPrivate().getEncoded());
        Files.writeString(dir.resolve("private.pem"), "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n");

        for (String file : new String[] {"private.der", "private.pem"}) {
            // When the provider reads it and signs
            SigningKey key = SigningKey.read(dir.resolve(file));
            String jwt = key.sign("{\"iss\":\"releasetrain-local\",\"sub\":\"pat.primary\"}");

            // Then the public key the services trust (public.pem) verifies it
            assertThat(key.publicKey().getEncoded()).isEqualTo(pair.getPublic().getEncoded());
            Map<String, Object> claims = OidcProviderTest.verified(jwt, pair.getPublic());
            assertThat(claims).containsEntry("sub", "pat.primary");
        }
    }

    @Test
    void aFileThatIsNotAKeyIsRefusedNamingTheSetting() throws Exception {
        Files.writeString(dir.resolve("junk"), "not a key", StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> SigningKey.read(dir.resolve("junk"))).hasMessageContaining("sandbox.oidc.signing-key");
        assertThatThrownBy(() -> SigningKey.read(dir.resolve("missing"))).hasMessageContaining("sandbox.oidc.signing-key");
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }
}
