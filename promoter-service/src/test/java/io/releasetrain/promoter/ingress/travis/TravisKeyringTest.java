package io.releasetrain.promoter.ingress.travis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class TravisKeyringTest {

    private static final byte[] PAYLOAD = "{\"id\":1}".getBytes(StandardCharsets.UTF_8);

    private final KeyPair oldKey = generate();
    private final KeyPair newKey = generate();
    private final AtomicReference<PublicKey> published = new AtomicReference<>(oldKey.getPublic());
    private final AtomicInteger fetches = new AtomicInteger();
    private final MutableClock clock = new MutableClock();
    private final TravisKeyring keyring = new TravisKeyring(() -> {
        fetches.incrementAndGet();
        return published.get();
    }, clock, Duration.ofSeconds(60));

    @Test
    void theKeyIsFetchedOnceAndKept() {
        assertThat(keyring.verifies(PAYLOAD, sign(oldKey, PAYLOAD))).isTrue();
        assertThat(keyring.verifies(PAYLOAD, sign(oldKey, PAYLOAD))).isTrue();

        assertThat(fetches).hasValue(1);
    }

    @Test
    void aRotatedKeyIsPickedUpByOneRefreshWhenVerificationFails() {
        keyring.verifies(PAYLOAD, sign(oldKey, PAYLOAD));
        clock.advance(Duration.ofMinutes(5));
        published.set(newKey.getPublic());

        assertThat(keyring.verifies(PAYLOAD, sign(newKey, PAYLOAD))).isTrue();
        assertThat(fetches).hasValue(2);
    }

    @Test
    void forgedSignaturesDoNotMakeItFetchMoreThanOncePerInterval() {
        keyring.verifies(PAYLOAD, sign(oldKey, PAYLOAD));
        clock.advance(Duration.ofMinutes(5));
        KeyPair forger = generate();

        for (int i = 0; i < 10; i++) {
            assertThat(keyring.verifies(PAYLOAD, sign(forger, PAYLOAD))).isFalse();
        }
        assertThat(fetches).hasValue(2);

        clock.advance(Duration.ofSeconds(61));
        assertThat(keyring.verifies(PAYLOAD, sign(forger, PAYLOAD))).isFalse();
        assertThat(fetches).hasValue(3);
    }

    @Test
    void signaturesOfTheWrongShapeDoNotVerify() {
        assertThat(TravisSignature.parse("not base64 !")).isEmpty();
        assertThat(TravisSignature.verifies(oldKey.getPublic(), PAYLOAD, new byte[] {1, 2, 3})).isFalse();
    }

    static byte[] sign(KeyPair key, byte[] payload) {
        try {
            Signature signer = Signature.getInstance("SHA1withRSA");
            signer.initSign(key.getPrivate());
            signer.update(payload);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-05-12T12:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
