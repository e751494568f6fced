package io.releasetrain.promoter.ingress.travis;

import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Travis CI's webhook key, fetched once and kept. When a signature does not verify with the kept key,
 * the key is fetched again once (Travis CI may have rotated it) and the signature checked with the new
 * one; such refreshes happen at most once per {@code minRefreshInterval}, so a stream of forged
 * notifications cannot turn into a stream of calls to Travis CI.
 */
public final class TravisKeyring {

    private final Supplier<PublicKey> fetch;
    private final Clock clock;
    private final Duration minRefreshInterval;
    private PublicKey key;
    private Instant lastFetch = Instant.MIN;

    /**
     * @param fetch reads the current key from Travis CI; may throw a {@link io.releasetrain.promoter.remote.RemoteException}
     */
    public TravisKeyring(Supplier<PublicKey> fetch, Clock clock, Duration minRefreshInterval) {
        this.fetch = fetch;
        this.clock = clock;
        this.minRefreshInterval = minRefreshInterval;
    }

    /** Whether {@code signature} verifies {@code payload} with Travis CI's key, refreshing the key once if needed. */
    public boolean verifies(byte[] payload, byte[] signature) {
        PublicKey current = currentKey();
        if (TravisSignature.verifies(current, payload, signature)) {
            return true;
        }
        PublicKey refreshed = refresh(current);
        return refreshed != current && TravisSignature.verifies(refreshed, payload, signature);
    }

    private synchronized PublicKey currentKey() {
        if (key == null) {
            key = fetch.get();
            lastFetch = clock.instant();
        }
        return key;
    }

    /** A fresh key, or the same one when another caller refreshed since {@code seen} or it is too soon. */
    private synchronized PublicKey refresh(PublicKey seen) {
        if (key != seen || clock.instant().isBefore(lastFetch.plus(minRefreshInterval))) {
            return key;
        }
        lastFetch = clock.instant();
        key = fetch.get();
        return key;
    }
}
