package io.releasetrain.maintenance.flags;

import io.releasetrain.events.maintenance.FlagsChanged;

/** Maps a flag change to its {@link FlagsChanged} event, with the flags exactly as stored (all 32 bits). */
final class FlagEvents {

    private FlagEvents() {
    }

    static FlagsChanged changed(String changeId, CloudChange change, ChangeCommand command) {
        return new FlagsChanged(changeId, change.cloudId(), change.orgId(), change.flagsBefore(),
                change.flagsAfter(), command.actor(), command.reason(), command.expiresAt(), command.windowId(),
                change.name());
    }
}
