package io.releasetrain.console.live;

import io.releasetrain.events.ReleaseTrainEvent;
import io.releasetrain.events.ci.CiBuildFinished;
import io.releasetrain.events.ci.CiBuildStarted;
import io.releasetrain.events.ci.CiEvent;
import io.releasetrain.events.maintenance.FlagsChanged;
import io.releasetrain.events.maintenance.MaintenanceEvent;
import io.releasetrain.events.maintenance.MaintenanceWindowBooked;
import io.releasetrain.events.maintenance.MaintenanceWindowCancelled;
import io.releasetrain.events.maintenance.MaintenanceWindowEnded;
import io.releasetrain.events.maintenance.MaintenanceWindowStarted;
import io.releasetrain.events.ppc.PpcEvent;
import io.releasetrain.events.scm.ScmEvent;
import io.releasetrain.events.release.ReleaseEvent;

/**
 * What an event means, in one sentence for people. Dispatches over the sealed topic interfaces; every record
 * gets a sentence (records added later fall to their type name until they get one here).
 */
public final class EventSummaries {

    private static final long MAINTENANCE = 0x1;
    private static final long HEALTH_CHECK_OPT_OUT = 0x2;

    private EventSummaries() {
    }

    /** The sentence for {@code event}. */
    public static String of(ReleaseTrainEvent event) {
        if (event instanceof ScmEvent scm) {
            return ScmSummaries.of(scm);
        } else if (event instanceof CiEvent ci) {
            return ci(ci);
        } else if (event instanceof ReleaseEvent release) {
            return ReleaseSummaries.of(release);
        } else if (event instanceof PpcEvent ppc) {
            return PpcSummaries.of(ppc);
        } else if (event instanceof MaintenanceEvent maintenance) {
            return maintenance(maintenance);
        }
        return event.getClass().getSimpleName() + " " + event.subject();
    }

    private static String ci(CiEvent event) {
        if (event instanceof CiBuildStarted started) {
            return "CI build " + started.buildNumber() + " started on " + started.repository() + " " + started.branch()
                    + " (" + started.buildType() + ", " + Shas.shortSha(started.commitSha()) + ")";
        } else if (event instanceof CiBuildFinished finished) {
            return "CI build " + finished.buildNumber() + " " + finished.result() + " on " + finished.repository() + " "
                    + finished.branch() + " (" + finished.buildType() + ", " + Shas.shortSha(finished.commitSha()) + ")";
        }
        return event.getClass().getSimpleName() + " " + event.subject();
    }

    private static String maintenance(MaintenanceEvent event) {
        if (event instanceof FlagsChanged changed) {
            return flags(changed);
        } else if (event instanceof MaintenanceWindowBooked booked) {
            return booked.bookedBy() + " booked a maintenance window for "
                    + (booked.cloudId() != null ? "PPC " + booked.cloudId() : "organisation " + booked.orgId())
                    + ", " + booked.startsAt() + " to " + booked.endsAt() + ": " + booked.reason();
        } else if (event instanceof MaintenanceWindowCancelled cancelled) {
            return cancelled.cancelledBy() + " cancelled maintenance window " + cancelled.windowId() + ": "
                    + cancelled.reason();
        } else if (event instanceof MaintenanceWindowStarted started) {
            return "Maintenance window " + started.windowId() + " started: " + started.entered().size()
                    + " PPC(s) into maintenance, " + started.alreadyInMaintenance().size() + " already in it";
        } else if (event instanceof MaintenanceWindowEnded ended) {
            return "Maintenance window " + ended.windowId() + " ended";
        }
        return event.getClass().getSimpleName() + " " + event.subject();
    }

    private static String flags(FlagsChanged changed) {
        StringBuilder what = new StringBuilder();
        appendBit(what, changed, MAINTENANCE, "maintenance");
        appendBit(what, changed, HEALTH_CHECK_OPT_OUT, "health-check opt-out");
        if (what.length() == 0) {
            what.append("flags 0x").append(Long.toHexString(changed.flagsBefore()))
                    .append(" → 0x").append(Long.toHexString(changed.flagsAfter()));
        }
        return changed.actor() + " turned " + what + " for PPC " + changed.cloudId() + ": " + changed.reason();
    }

    private static void appendBit(StringBuilder what, FlagsChanged changed, long bit, String name) {
        boolean before = (changed.flagsBefore() & bit) != 0;
        boolean after = (changed.flagsAfter() & bit) != 0;
        if (before != after) {
            if (what.length() > 0) {
                what.append(" and ");
            }
            what.append(name).append(after ? " on" : " off");
        }
    }
}
