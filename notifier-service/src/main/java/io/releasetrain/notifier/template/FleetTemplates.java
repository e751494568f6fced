package io.releasetrain.notifier.template;

import static io.releasetrain.notifier.template.LinkBook.links;
import static io.releasetrain.notifier.template.Mrkdwn.bold;
import static io.releasetrain.notifier.template.Mrkdwn.escape;
import static io.releasetrain.notifier.template.Mrkdwn.sha;

import io.releasetrain.events.ppc.PpcKind;
import io.releasetrain.events.ppc.PpcRegistered;
import io.releasetrain.events.ppc.PpcRetired;
import io.releasetrain.events.ppc.PpcUpdateFailed;
import io.releasetrain.events.ppc.PpcUpdateStarted;
import io.releasetrain.events.ppc.PpcUpdateSucceeded;
import io.releasetrain.events.ppc.RolloutFinished;
import io.releasetrain.events.ppc.RolloutHalted;
import io.releasetrain.events.ppc.RolloutStarted;
import io.releasetrain.events.ppc.RolloutWaveDone;
import java.util.List;

/**
 * The PPC fleet: PPCs joining and leaving it, their updates, and customer rollouts (one thread each; the
 * updates of a rollout's PPCs are replies in it).
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
        templates.on(PpcRetired.class, Template.standalone(this::retired));
        templates.on(PpcUpdateStarted.class, Template.threaded(e -> rolloutOrNull(e.rolloutId()), this::updateStarted));
        templates.on(PpcUpdateSucceeded.class, Template.threaded(e -> rolloutOrNull(e.rolloutId()), this::updated));
        templates.on(PpcUpdateFailed.class, Template.threaded(e -> rolloutOrNull(e.rolloutId()), this::updateFailed));
        templates.on(RolloutStarted.class, Template.threaded(e -> rollout(e.rolloutId()), this::rolloutStarted));
        templates.on(RolloutWaveDone.class, Template.threaded(e -> rollout(e.rolloutId()), this::waveDone));
        templates.on(RolloutHalted.class, Template.threaded(e -> rollout(e.rolloutId()), this::halted));
        templates.on(RolloutFinished.class, Template.threaded(e -> rollout(e.rolloutId()), this::finished));
    }

    private static String rollout(String rolloutId) {
        return "rollout/" + rolloutId;
    }

    private static String rolloutOrNull(String rolloutId) {
        return rolloutId == null ? null : rollout(rolloutId);
    }

    private ThreadHead rolloutHead(ThreadHead head, String rolloutId) {
        return head != null ? head : ThreadHead.of(":ship: Customer rollout " + escape(rolloutId), "in progress");
    }

    private Notice registered(PpcRegistered e) {
        String attached = e.kind() == PpcKind.SERVICE && e.environment() != null
                ? "service PPC of " + bold(e.environment())
                : e.kind() == PpcKind.SERVICE ? "service PPC" : "customer PPC";
        String line = ":new: " + bold(e.name()) + " (" + escape(e.cloudId()) + ") joined the fleet: " + attached
                + ", organisation " + escape(e.orgId());
        return Notice.standalone(Route.PPC, e.environment(), line, links().add(links.ppc(e.cloudId())).list());
    }

    private Notice retired(PpcRetired e) {
        String line = ":wave: PPC " + escape(e.cloudId()) + " (organisation " + escape(e.orgId()) + ") left the fleet, "
                + "retired by " + escape(e.retiredBy()) + ": " + escape(e.reason());
        return Notice.standalone(Route.PPC, null, line, List.of());
    }

    private Notice updateStarted(PpcUpdateStarted e, ThreadHead head) {
        String line = ":arrows_counterclockwise: Updating PPC " + escape(e.cloudId()) + " to " + sha(e.version());
        List<Link> found = links().add("update job", e.ciJobUrl()).add(links.ppc(e.cloudId())).list();
        return ppcUpdate(e.rolloutId(), line, found, head);
    }

    private Notice updated(PpcUpdateSucceeded e, ThreadHead head) {
        String line = ":white_check_mark: PPC " + escape(e.cloudId()) + " now runs " + sha(e.version());
        return ppcUpdate(e.rolloutId(), line, links().add(links.ppc(e.cloudId())).list(), head);
    }

    private Notice updateFailed(PpcUpdateFailed e, ThreadHead head) {
        String line = ":x: Update of PPC " + escape(e.cloudId()) + " to " + sha(e.version()) + " failed: "
                + escape(e.reason());
        return ppcUpdate(e.rolloutId(), line, links().add(links.ppc(e.cloudId())).list(), head).alerting();
    }

    /** A PPC update: a reply in its rollout's thread (the head keeps its state), or a message of its own. */
    private Notice ppcUpdate(String rolloutId, String line, List<Link> found, ThreadHead head) {
        if (rolloutId == null) {
            return Notice.standalone(Route.PPC, null, line, found);
        }
        return Notice.threaded(Route.ROLLOUT, rolloutEnvironment, rollout(rolloutId), line, found,
                head == null ? rolloutHead(null, rolloutId) : null);
    }

    private Notice rolloutStarted(RolloutStarted e, ThreadHead head) {
        String title = ":ship: Customer rollout of PPC " + sha(e.version()) + " (release " + sha(e.releaseSha()) + ")";
        String plan = e.totalPpcs() + " PPCs in " + e.waves() + " waves, canary first";
        String line = title + " started by " + escape(e.startedBy()) + ": " + plan;
        ThreadHead next = (head == null ? ThreadHead.of(title, "") : head.withTitle(title))
                .withStatus("started by " + escape(e.startedBy()) + ", " + plan);
        return Notice.threaded(Route.ROLLOUT, rolloutEnvironment, rollout(e.rolloutId()), line, List.of(), next);
    }

    private Notice waveDone(RolloutWaveDone e, ThreadHead head) {
        String wave = e.wave() == 0 ? "Canary wave" : "Wave " + e.wave();
        String counts = counts(e.succeeded(), e.failed(), e.skipped());
        String line = ":ocean: " + wave + " done: " + counts;
        ThreadHead next = rolloutHead(head, e.rolloutId()).withStatus(wave.toLowerCase(java.util.Locale.ROOT)
                + " done (" + counts + ")");
        return Notice.threaded(Route.ROLLOUT, rolloutEnvironment, rollout(e.rolloutId()), line, List.of(), next);
    }

    private Notice halted(RolloutHalted e, ThreadHead head) {
        String line = ":octagonal_sign: Rollout halted by " + escape(e.haltedBy()) + ": " + escape(e.reason());
        ThreadHead next = rolloutHead(head, e.rolloutId()).withStatus("halted: " + escape(e.reason()));
        return Notice.threaded(Route.ROLLOUT, rolloutEnvironment, rollout(e.rolloutId()), line, List.of(), next)
                .alerting();
    }

    private Notice finished(RolloutFinished e, ThreadHead head) {
        String counts = counts(e.succeeded(), e.failed(), e.skipped());
        String line = ":checkered_flag: Rollout finished: " + counts;
        ThreadHead next = rolloutHead(head, e.rolloutId()).withStatus("finished (" + counts + ")");
        return Notice.threaded(Route.ROLLOUT, rolloutEnvironment, rollout(e.rolloutId()), line, List.of(), next);
    }

    private static String counts(int succeeded, int failed, int skipped) {
        return succeeded + " updated, " + failed + " failed, " + skipped + " skipped";
    }
}
