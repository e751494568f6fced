package io.releasetrain.notifier.template;

import static io.releasetrain.notifier.template.LinkBook.links;
import static io.releasetrain.notifier.template.Mrkdwn.bold;
import static io.releasetrain.notifier.template.Mrkdwn.escape;
import static io.releasetrain.notifier.template.Mrkdwn.sha;

import io.releasetrain.events.ppc.PpcAccessTokenRead;
import io.releasetrain.events.ppc.PpcChanged;
import io.releasetrain.events.ppc.PpcKind;
import io.releasetrain.events.ppc.PpcRegistered;
import io.releasetrain.events.ppc.PpcRetired;
import io.releasetrain.events.ppc.PpcUpdateFailed;
import io.releasetrain.events.ppc.PpcUpdateStarted;
import io.releasetrain.events.ppc.PpcUpdateSucceeded;
import io.releasetrain.events.ppc.PpcUpdatesWithheld;
import java.util.List;
import java.util.Locale;

/**
 * The PPC fleet: PPCs joining, changing and leaving it, and their updates (a reply in the rollout's thread
 * when the update is part of one; rollouts themselves are {@link RolloutTemplates}).
 */
final class FleetTemplates {

    private final LinkBook links;
    private final String rolloutEnvironment;

    FleetTemplates(LinkBook links, String rolloutEnvironment) {
        this.links = links;
        this.rolloutEnvironment = rolloutEnvironment;
    }

    void register(Templates templates) {
        templates.on(PpcRegistered.class, Template.standalone(this::registered));
        templates.on(PpcChanged.class, Template.standalone(this::changed));
        templates.on(PpcRetired.class, Template.standalone(this::retired));
        templates.on(PpcAccessTokenRead.class, Template.standalone(this::tokenRead));
        templates.on(PpcUpdatesWithheld.class, Template.standalone(this::withheld));
        templates.on(PpcUpdateStarted.class, Template.threaded(e -> rolloutOrNull(e.rolloutId()), this::updateStarted));
        templates.on(PpcUpdateSucceeded.class, Template.threaded(e -> rolloutOrNull(e.rolloutId()), this::updated));
        templates.on(PpcUpdateFailed.class, Template.threaded(e -> rolloutOrNull(e.rolloutId()), this::updateFailed));
    }

    private static String rolloutOrNull(String rolloutId) {
        return rolloutId == null ? null : RolloutTemplates.rollout(rolloutId);
    }

    /** A PPC by name when the event has it, and its cloud id. */
    private static String ppc(String cloudId, String name) {
        return name == null ? "PPC " + bold(cloudId) : "PPC " + bold(name) + " (" + escape(cloudId) + ")";
    }

    private Notice registered(PpcRegistered e) {
        String line = ":new: " + ppc(e.cloudId(), e.name()) + " joined the fleet: " + attachment(e.kind(), e.environment())
                + ", organisation " + escape(e.orgId());
        return Notice.standalone(Route.PPC, e.environment(), line, links().add(links.ppc(e.cloudId())).list());
    }

    private Notice changed(PpcChanged e) {
        String line = ":pencil2: " + ppc(e.cloudId(), e.name()) + ": " + escape(e.change()) + ", now "
                + escape(e.status().toLowerCase(Locale.ROOT)) + " (" + attachment(e.kind(), e.environment())
                + ", organisation " + escape(e.orgId()) + (e.version() == null ? "" : ", version " + sha(e.version()))
                + ") by " + escape(e.changedBy()) + ": " + escape(e.reason());
        Notice notice = Notice.standalone(Route.PPC, e.environment(), line, links().add(links.ppc(e.cloudId())).list());
        return "FAILED".equalsIgnoreCase(e.status()) ? notice.alerting() : notice;
    }

    private Notice retired(PpcRetired e) {
        String line = ":wave: PPC " + bold(e.cloudId()) + " (organisation " + escape(e.orgId()) + ") left the fleet, "
                + "retired by " + escape(e.retiredBy()) + ": " + escape(e.reason());
        return Notice.standalone(Route.PPC, null, line, List.of());
    }

    /** Who read a PPC's access token and why; the event never carries the token. */
    private Notice tokenRead(PpcAccessTokenRead e) {
        String line = ":key: The access token of " + ppc(e.cloudId(), e.name()) + " (organisation " + escape(e.orgId())
                + ") was read by " + escape(e.readBy()) + ": " + escape(e.reason());
        return Notice.standalone(Route.PPC, null, line, links().add(links.ppc(e.cloudId())).list());
    }

    private Notice withheld(PpcUpdatesWithheld e) {
        String line = ":warning: " + e.ppcCount() + " PPC(s) of " + bold(e.environment()) + " not updated for "
                + sha(e.sha()) + ": " + escape(e.reason());
        return Notice.standalone(Route.PPC, e.environment(), line, links().add(links.environment(e.environment())).list())
                .alerting();
    }

    private Notice updateStarted(PpcUpdateStarted e, ThreadHead head) {
        String line = ":arrows_counterclockwise: Updating " + ppc(e.cloudId(), e.ppcName()) + " to " + sha(e.version());
        return ppcUpdate(e.rolloutId(), line, jobAndPpc(e.ciJobUrl(), e.cloudId()), head);
    }

    private Notice updated(PpcUpdateSucceeded e, ThreadHead head) {
        String line = ":white_check_mark: " + ppc(e.cloudId(), e.ppcName()) + " now runs " + sha(e.version());
        return ppcUpdate(e.rolloutId(), line, jobAndPpc(e.ciJobUrl(), e.cloudId()), head);
    }

    private Notice updateFailed(PpcUpdateFailed e, ThreadHead head) {
        String line = ":x: Update of " + ppc(e.cloudId(), e.ppcName()) + " to " + sha(e.version()) + " failed: "
                + escape(e.reason());
        return ppcUpdate(e.rolloutId(), line, jobAndPpc(e.ciJobUrl(), e.cloudId()), head).alerting();
    }

    private List<Link> jobAndPpc(String jobUrl, String cloudId) {
        return links().add("update job", jobUrl).add(links.ppc(cloudId)).list();
    }

    /** A PPC update: a reply in its rollout's thread (the head keeps its state), or a message of its own. */
    private Notice ppcUpdate(String rolloutId, String line, List<Link> found, ThreadHead head) {
        if (rolloutId == null) {
            return Notice.standalone(Route.PPC, null, line, found);
        }
        return Notice.threaded(Route.ROLLOUT, rolloutEnvironment, RolloutTemplates.rollout(rolloutId), line, found,
                head == null ? RolloutTemplates.rolloutHead(null, rolloutId) : null);
    }

    private static String attachment(PpcKind kind, String environment) {
        if (kind == PpcKind.SERVICE) {
            return environment == null ? "service PPC" : "service PPC of " + bold(environment);
        }
        return "customer PPC";
    }
}
