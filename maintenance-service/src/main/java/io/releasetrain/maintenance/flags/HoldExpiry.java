package io.releasetrain.maintenance.flags;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.releasetrain.maintenance.MaintenanceConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Clears flags whose hold has run out: a manual expiry, or the end of the maintenance window that
 * holds the flag. Each PPC is handled in its own transaction.
 *
 * <p>Safe with several instances: candidates are read without locks, then each PPC's row is locked
 * with {@code FOR UPDATE SKIP LOCKED} and the hold read again under the lock. An instance that finds
 * the row busy (another instance, or a request changing that PPC) leaves it to the next sweep; one
 * that finds the hold gone or renewed does nothing.
 */
@ApplicationScoped
public class HoldExpiry {

    private static final Logger LOG = Logger.getLogger(HoldExpiry.class);

    private final HoldStore holds;
    private final FlagStore flags;
    private final FlagWriter writer;
    private final MaintenanceConfig config;

    HoldExpiry(HoldStore holds, FlagStore flags, FlagWriter writer, MaintenanceConfig config) {
        this.holds = holds;
        this.flags = flags;
        this.writer = writer;
        this.config = config;
    }

    /** Clears every flag whose hold ran out at {@code now}; returns how many it cleared. */
    public int releaseExpired(Instant now) {
        int released = 0;
        for (HoldStore.CloudHold candidate : holds.expired(now, config.sweepBatchSize())) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> releaseOne(candidate, now))) {
                    released++;
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "Could not clear expired flag bit 0x%x of PPC %s; the next sweep retries",
                        candidate.hold().bit(), candidate.cloudId());
            }
        }
        return released;
    }

    private boolean releaseOne(HoldStore.CloudHold candidate, Instant now) {
        long bit = candidate.hold().bit();
        Optional<LockedCloud> cloud = flags.lockUnlessBusy(candidate.cloudId());
        Optional<FlagHold> hold = cloud.flatMap(c -> holds.find(c.id(), bit)).filter(h -> h.expiredAt(now));
        Optional<Flag> flag = Flag.byBit(bit);
        if (cloud.isEmpty() || hold.isEmpty() || flag.isEmpty()) {
            return false;
        }
        if (!CloudFlags.isSet(cloud.get().flags(), bit)) {
            // Cleared behind this service's back (by hand in the database): the hold is stale.
            holds.remove(cloud.get().id(), bit);
            return false;
        }
        CloudChange change = writer.apply(cloud.get(), flag.get(), false, expiryCommand(hold.get()),
                UUID.randomUUID().toString());
        return change.changed();
    }

    static ChangeCommand expiryCommand(FlagHold hold) {
        String flag = Flag.byBit(hold.bit()).map(Flag::pathName).orElse("flag");
        String reason = hold.windowId() != null
                ? "Maintenance window " + hold.windowId() + " ended: " + hold.reason()
                : flag + " set by " + hold.setBy() + " expired: " + hold.reason();
        return new ChangeCommand(ChangeCommand.SYSTEM_ACTOR, reason, null, hold.windowId());
    }
}
