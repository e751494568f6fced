package io.releasetrain.ppcupdater.standup;

import io.quarkus.runtime.Startup;
import io.releasetrain.events.ppc.PpcAccessTokenRead;
import io.releasetrain.messaging.outbox.Outbox;
import io.releasetrain.ppcupdater.registry.Ppc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Keeps PPC access tokens encrypted at rest and hands them out only with an audit row and a
 * {@link PpcAccessTokenRead} event (neither holds the token). Malformed key configuration stops the service
 * at startup; no key at all only refuses stand-ups, so the rest of the fleet keeps working.
 */
@Startup
@ApplicationScoped
public class AccessTokenVault {

    private static final Logger LOG = Logger.getLogger(AccessTokenVault.class);

    private final TokenKeys keys;
    private final TokenCipher cipher;
    private final Outbox outbox;
    private final Clock clock;

    AccessTokenVault(StandUpConfig config, Outbox outbox, Clock clock) {
        this.keys = TokenKeys.parse(config.keys().orElse(""), config.activeKeyId());
        this.cipher = new TokenCipher(keys);
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Fails unless a key is configured.
     *
     * @throws TokenKeys.MissingKeyException saying which setting is missing
     */
    public void requireKey() {
        keys.activeKeyId();
    }

    /** Stores (or replaces) the PPC's token, encrypted with the active key. In the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void store(String cloudId, String token) {
        PpcAccessToken row = PpcAccessToken.findById(cloudId);
        boolean isNew = row == null;
        if (isNew) {
            row = new PpcAccessToken();
            row.cloudId = cloudId;
        }
        row.seal(cipher.seal(cloudId, token), clock.instant());
        if (isNew) {
            row.persist();
        }
    }

    /**
     * The PPC's token, recorded as read by {@code actor}. A token sealed with a key that is no longer the
     * active one is sealed again with the active key, so old keys can be retired.
     */
    @Transactional
    public ReadToken read(Ppc ppc, String actor, String reason) {
        PpcAccessToken row = PpcAccessToken.findById(ppc.cloudId);
        if (row == null) {
            throw new NotFoundException("PPC " + ppc.name + " has no access token: its create job has not reported one");
        }
        String token = cipher.open(ppc.cloudId, row.sealed());
        String readWith = row.keyId;
        if (!row.keyId.equals(keys.activeKeyId())) {
            row.seal(cipher.seal(ppc.cloudId, token), clock.instant());
        }
        TokenRead audit = new TokenRead();
        audit.readId = UUID.randomUUID().toString();
        audit.cloudId = ppc.cloudId;
        audit.keyId = readWith;
        audit.readBy = actor;
        audit.reason = reason;
        audit.readAt = clock.instant();
        audit.persist();
        LOG.infof("Access token of PPC %s (%s) read by %s: %s", ppc.name, ppc.cloudId, actor, reason);
        outbox.publish(new PpcAccessTokenRead(ppc.cloudId, ppc.name, ppc.orgId, readWith, actor, reason));
        return new ReadToken(ppc.cloudId, token, readWith);
    }

    /**
     * A token as its reader gets it.
     *
     * @param keyId the key it was encrypted with when read
     */
    public record ReadToken(String cloudId, String accessToken, String keyId) {

        /** Never the token: records end up in logs. */
        @Override
        public String toString() {
            return "ReadToken[cloudId=" + cloudId + ", keyId=" + keyId + "]";
        }
    }
}
