package io.releasetrain.promoter;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import io.releasetrain.testsupport.TestWireMock;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Travis CI's webhook signing key, played by a key pair generated at test time (never stored) whose
 * public half WireMock serves at {@code /config}, as Travis CI's API does.
 */
public final class TravisKeys {

    private static KeyPair current = generate();

    private TravisKeys() {
    }

    /** Serves the current public key at {@code /config}. */
    public static synchronized void serve() {
        TestWireMock.client().register(get(urlPathEqualTo("/config")).willReturn(okJson(configJson(current))));
    }

    /** Travis CI rotates its key: a new pair, served from now on. */
    public static synchronized void rotate() {
        current = generate();
        serve();
    }

    /** The {@code Signature} header for {@code payload}, signed with the current key. */
    public static synchronized String sign(byte[] payload) {
        return sign(current, payload);
    }

    /** A signature by a key Travis CI never published. */
    public static String signAsStranger(byte[] payload) {
        return sign(generate(), payload);
    }

    /** The body of Travis CI's {@code /config}, with the key as PEM. */
    public static String configJson(KeyPair pair) {
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pair.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        return "{\"config\":{\"host\":\"travis-ci.com\",\"shorten_host\":\"trvs.io\",\"assets\":{\"host\":\"travis-ci.com\"},"
                + "\"pusher\":{\"key\":\"5df8ac576dcccf4fd076\"},\"github\":{\"api_url\":\"https://api.github.com\",\"scopes\":[\"read:org\"]},"
                + "\"notifications\":{\"webhook\":{\"public_key\":\"" + pem.replace("\n", "\\n") + "\"}}}}";
    }

    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(KeyPair pair, byte[] payload) {
        try {
            Signature signer = Signature.getInstance("SHA1withRSA");
            signer.initSign(pair.getPrivate());
            signer.update(payload);
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
