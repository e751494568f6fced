package io.releasetrain.maintenance.flags;

import io.releasetrain.maintenance.audit.AuditEntry;
import io.releasetrain.maintenance.audit.AuditTrail;
import io.releasetrain.messaging.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Changes one flag bit of one locked PPC, and with it, in the same transaction: the bit's hold, an
 * audit entry and a {@code FlagsChanged} event in the outbox.
 *
 * <p>A bit already in the asked state is a no-op: nothing is written, no audit entry, no event. The
 * audit trail and the bus are a record of changes, and a request that changed nothing is not one;
 * the caller's answer says that nothing changed.
 */
@ApplicationScoped
public class FlagWriter {

    private final FlagStore flags;
    private final HoldStore holds;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Clock clock;

    FlagWriter(FlagStore flags, HoldStore holds, AuditTrail audit, Outbox outbox, Clock clock) {
        this.flags = flags;
        this.holds = holds;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Sets ({@code on}) or clears {@code flag} on {@code cloud}, which this transaction must have locked.
     *
     * @param changeId the id shared by every PPC of the same change
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudChange apply(LockedCloud cloud, Flag flag, boolean on, ChangeCommand command, String changeId) {
        if (CloudFlags.isSet(cloud.flags(), flag.bit()) == on) {
            return new CloudChange(cloud.id(), cloud.name(), cloud.orgId(), cloud.flags(), cloud.flags());
        }
        Instant now = clock.instant();
        long after = flags.change(cloud.id(), flag.bit(), on, now);
        long expected = CloudFlags.with(cloud.flags(), flag.bit(), on);
        if (after != expected) {
            throw new IllegalStateException(String.format("PPC %s: changing bit 0x%x of 0x%x gave 0x%x, expected 0x%x",
                    cloud.id(), flag.bit(), cloud.flags(), after, expected));
        }
        if (on) {
            holds.put(cloud.id(), new FlagHold(flag.bit(), changeId, command.actor(), command.reason(), now,
                    command.expiresAt(), command.windowId()));
        } else {
            holds.remove(cloud.id(), flag.bit());
        }
        CloudChange change = new CloudChange(cloud.id(), cloud.name(), cloud.orgId(), cloud.flags(), after);
        audit.record(new AuditEntry(0, changeId, cloud.id(), cloud.orgId(), flag.pathName(), flag.bit(),
                on ? "SET" : "CLEAR", cloud.flags(), after, command.actor(), command.reason(),
                on ? command.expiresAt() : null, command.windowId(), now));
        outbox.publish(FlagEvents.changed(changeId, change, command));
        return change;
    }
}
