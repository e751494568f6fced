package io.releasetrain.maintenance.flags;

import io.releasetrain.events.maintenance.FlagsChanged;
import org.jboss.logging.Logger;

/**
 * Maps a flag change to its {@link FlagsChanged} event.
 *
 * <p>The event carries flags as a non-negative Java {@code int}, so it can show bits 0 to 30 only.
 * Bit 31 (0x80000000), which no one sets through this service but which survives in the column, is
 * left out of the event's before and after values; the audit trail keeps the exact values. The bit
 * that changed is never bit 31, so the event always shows the change itself.
 */
final class FlagEvents {

    private static final Logger LOG = Logger.getLogger(FlagEvents.class);
    private static final long EVENT_BITS = 0x7FFF_FFFFL;

    private FlagEvents() {
    }

    static FlagsChanged changed(String changeId, CloudChange change, ChangeCommand command) {
        if ((change.flagsBefore() | change.flagsAfter()) > EVENT_BITS) {
            LOG.warnf("PPC %s has flag bit 0x80000000 set, which FlagsChanged cannot carry; change %s is "
                    + "published without it (the audit trail has the exact flags)", change.cloudId(), changeId);
        }
        return new FlagsChanged(changeId, change.cloudId(), change.orgId(), eventFlags(change.flagsBefore()),
                eventFlags(change.flagsAfter()), command.actor(), command.reason(), command.expiresAt(),
                command.windowId());
    }

    static int eventFlags(long flags) {
        return (int) (flags & EVENT_BITS);
    }
}
