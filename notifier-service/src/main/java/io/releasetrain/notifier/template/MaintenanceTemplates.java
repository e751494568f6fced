package io.releasetrain.notifier.template;

import static io.releasetrain.notifier.template.LinkBook.links;
import static io.releasetrain.notifier.template.Mrkdwn.bold;
import static io.releasetrain.notifier.template.Mrkdwn.escape;

import io.releasetrain.events.maintenance.FlagsChanged;
import io.releasetrain.events.maintenance.MaintenanceWindowBooked;
import io.releasetrain.events.maintenance.MaintenanceWindowCancelled;
import io.releasetrain.events.maintenance.MaintenanceWindowEnded;
import io.releasetrain.events.maintenance.MaintenanceWindowStarted;
import java.util.ArrayList;
import java.util.List;

/** PPC flags (0x1 maintenance mode, 0x2 opted out of health checks) and maintenance windows. */
final class MaintenanceTemplates {

    private static final long MAINTENANCE = 0x1;
    private static final long HEALTH_CHECK_OPT_OUT = 0x2;

    private final LinkBook links;

    MaintenanceTemplates(LinkBook links) {
        this.links = links;
    }

    void register(Templates templates) {
        templates.on(FlagsChanged.class, Template.standalone(this::flags));
        templates.on(MaintenanceWindowBooked.class, Template.standalone(this::booked));
        templates.on(MaintenanceWindowCancelled.class, Template.standalone(this::cancelled));
        templates.on(MaintenanceWindowStarted.class, Template.standalone(this::started));
        templates.on(MaintenanceWindowEnded.class, Template.standalone(this::ended));
    }

    private Notice flags(FlagsChanged e) {
        String expiry = e.expiresAt() == null ? "" : ", until " + Mrkdwn.time(e.expiresAt());
        String line = ":construction: PPC " + ppc(e) + ": " + changes(e.flagsBefore(), e.flagsAfter())
                + " (flags " + hex(e.flagsBefore()) + " → " + hex(e.flagsAfter()) + ") by " + escape(e.actor()) + ": "
                + escape(e.reason()) + expiry;
        return Notice.standalone(Route.MAINTENANCE, null, line, links().add(links.ppc(e.cloudId())).list());
    }

    private Notice booked(MaintenanceWindowBooked e) {
        String line = ":spiral_calendar_pad: Maintenance window " + escape(e.windowId()) + " booked for " + target(e)
                + " from " + Mrkdwn.time(e.startsAt()) + " to " + Mrkdwn.time(e.endsAt()) + " by " + escape(e.bookedBy())
                + ": " + escape(e.reason());
        List<Link> found = e.cloudId() == null ? List.of() : links().add(links.ppc(e.cloudId())).list();
        return Notice.standalone(Route.MAINTENANCE, null, line, found);
    }

    private Notice cancelled(MaintenanceWindowCancelled e) {
        String line = ":wastebasket: Maintenance window " + escape(e.windowId()) + " cancelled by "
                + escape(e.cancelledBy()) + ": " + escape(e.reason());
        return Notice.standalone(Route.MAINTENANCE, null, line, List.of());
    }

    private Notice started(MaintenanceWindowStarted e) {
        String line = ":construction: Maintenance window " + escape(e.windowId()) + " started, until "
                + Mrkdwn.time(e.endsAt()) + ": " + e.entered().size() + " PPC(s) entered maintenance"
                + (e.alreadyInMaintenance().isEmpty() ? "" : ", " + e.alreadyInMaintenance().size() + " already in it");
        return Notice.standalone(Route.MAINTENANCE, null, line, List.of());
    }

    private Notice ended(MaintenanceWindowEnded e) {
        return Notice.standalone(Route.MAINTENANCE, null,
                ":white_check_mark: Maintenance window " + escape(e.windowId()) + " ended", List.of());
    }

    /** The PPC by its name and cloud id when the event names it (people know PPCs by name), else its cloud id. */
    private static String ppc(FlagsChanged e) {
        return e.cloudName() == null || e.cloudName().equals(e.cloudId()) ? bold(e.cloudId())
                : bold(e.cloudName()) + " (" + escape(e.cloudId()) + ")";
    }

    private static String target(MaintenanceWindowBooked e) {
        return e.cloudId() != null ? "PPC " + bold(e.cloudId()) : "every PPC of organisation " + bold(e.orgId());
    }

    /** What a flag change did, in words: "maintenance on", "health checks back on", ... */
    static String changes(long before, long after) {
        List<String> words = new ArrayList<>();
        if ((before & MAINTENANCE) != (after & MAINTENANCE)) {
            words.add((after & MAINTENANCE) != 0 ? "maintenance on" : "maintenance off");
        }
        if ((before & HEALTH_CHECK_OPT_OUT) != (after & HEALTH_CHECK_OPT_OUT)) {
            words.add((after & HEALTH_CHECK_OPT_OUT) != 0 ? "opted out of health checks" : "health checks back on");
        }
        long others = (before ^ after) & ~(MAINTENANCE | HEALTH_CHECK_OPT_OUT);
        if (others != 0) {
            words.add("other flags " + hex(others) + " changed");
        }
        return words.isEmpty() ? "flags unchanged" : String.join(", ", words);
    }

    private static String hex(long flags) {
        return "0x" + Long.toHexString(flags);
    }
}
