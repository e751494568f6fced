package io.releasetrain.notifier.template;

import static io.releasetrain.notifier.template.LinkBook.links;
import static io.releasetrain.notifier.template.Mrkdwn.bold;
import static io.releasetrain.notifier.template.Mrkdwn.escape;
import static io.releasetrain.notifier.template.Mrkdwn.sha;

import io.releasetrain.events.ppc.PpcFailure;
import io.releasetrain.events.ppc.ReleaseCompleted;
import io.releasetrain.events.ppc.RolloutAwaitingApproval;
import io.releasetrain.events.ppc.RolloutFinished;
import io.releasetrain.events.ppc.RolloutHalted;
import io.releasetrain.events.ppc.RolloutResumed;
import io.releasetrain.events.ppc.RolloutStarted;
import io.releasetrain.events.ppc.RolloutWaveDone;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Customer rollouts, one thread each, from the approval they wait for to the completed release. */
final class RolloutTemplates {

    private static final int FAILURES_SHOWN = 5;

    private final String rolloutEnvironment;

    RolloutTemplates(String rolloutEnvironment) {
        this.rolloutEnvironment = rolloutEnvironment;
    }

    void register(Templates templates) {
        templates.on(RolloutAwaitingApproval.class, Template.threaded(e -> rollout(e.rolloutId()), this::awaiting));
        templates.on(RolloutStarted.class, Template.threaded(e -> rollout(e.rolloutId()), this::started));
        templates.on(RolloutWaveDone.class, Template.threaded(e -> rollout(e.rolloutId()), this::waveDone));
        templates.on(RolloutHalted.class, Template.threaded(e -> rollout(e.rolloutId()), this::halted));
        templates.on(RolloutResumed.class, Template.threaded(e -> rollout(e.rolloutId()), this::resumed));
        templates.on(RolloutFinished.class, Template.threaded(e -> rollout(e.rolloutId()), this::finished));
        templates.on(ReleaseCompleted.class, Template.threaded(e -> rollout(e.rolloutId()), this::completed));
    }

    static String rollout(String rolloutId) {
        return "rollout/" + rolloutId;
    }

    /** The head a rollout's thread starts with when its first event does not say what is rolled out. */
    static ThreadHead rolloutHead(ThreadHead head, String rolloutId) {
        return head != null ? head : ThreadHead.of(":ship: Customer rollout " + escape(rolloutId), "in progress");
    }

    private static String title(String version, String releaseSha) {
        return ":ship: Customer rollout of PPC " + sha(version) + " (release " + sha(releaseSha) + ")";
    }

    private Notice threaded(String rolloutId, String line, List<Link> found, ThreadHead next) {
        return Notice.threaded(Route.ROLLOUT, rolloutEnvironment, rollout(rolloutId), line, found, next);
    }

    private Notice awaiting(RolloutAwaitingApproval e, ThreadHead head) {
        String plan = e.totalPpcs() + " PPCs in " + e.waves() + " waves, canary first";
        String line = title(e.version(), e.releaseSha()) + " waits for on-call's approval: " + plan;
        ThreadHead next = (head == null ? ThreadHead.of(title(e.version(), e.releaseSha()), "")
                : head.withTitle(title(e.version(), e.releaseSha()))).withStatus("waiting for approval, " + plan);
        return threaded(e.rolloutId(), line, List.of(), next).alerting();
    }

    private Notice started(RolloutStarted e, ThreadHead head) {
        String title = title(e.version(), e.releaseSha());
        String plan = e.totalPpcs() + " PPCs in " + e.waves() + " waves, canary first";
        String line = title + " started by " + escape(e.startedBy()) + ": " + plan;
        ThreadHead next = (head == null ? ThreadHead.of(title, "") : head.withTitle(title))
                .withStatus("started by " + escape(e.startedBy()) + ", " + plan);
        return threaded(e.rolloutId(), line, List.of(), next);
    }

    private Notice waveDone(RolloutWaveDone e, ThreadHead head) {
        String wave = e.wave() == 0 ? "Canary wave" : "Wave " + e.wave();
        String counts = counts(e.succeeded(), e.failed(), e.skipped());
        ThreadHead next = rolloutHead(head, e.rolloutId())
                .withStatus(wave.toLowerCase(Locale.ROOT) + " done (" + counts + ")");
        return threaded(e.rolloutId(), ":ocean: " + wave + " done: " + counts, List.of(), next);
    }

    private Notice halted(RolloutHalted e, ThreadHead head) {
        String failures = e.failures().isEmpty() ? "" : "; failed: " + e.failures().stream().limit(FAILURES_SHOWN)
                .map(f -> bold(f.ppcName()) + " (" + escape(f.reason()) + ")").collect(Collectors.joining(", "))
                + (e.failures().size() > FAILURES_SHOWN ? " and " + (e.failures().size() - FAILURES_SHOWN) + " more" : "");
        String line = ":octagonal_sign: Rollout halted by " + escape(e.haltedBy()) + ": " + escape(e.reason()) + failures;
        LinkBook.Links jobs = links();
        for (PpcFailure failure : e.failures().subList(0, Math.min(FAILURES_SHOWN, e.failures().size()))) {
            jobs.add("job of " + failure.ppcName(), failure.ciJobUrl());
        }
        ThreadHead next = rolloutHead(head, e.rolloutId()).withStatus("halted: " + escape(e.reason()));
        return threaded(e.rolloutId(), line, jobs.list(), next).alerting();
    }

    private Notice resumed(RolloutResumed e, ThreadHead head) {
        String line = ":arrow_forward: Rollout resumed by " + escape(e.resumedBy()) + ": " + escape(e.reason());
        return threaded(e.rolloutId(), line, List.of(),
                rolloutHead(head, e.rolloutId()).withStatus("resumed by " + escape(e.resumedBy())));
    }

    private Notice finished(RolloutFinished e, ThreadHead head) {
        String counts = counts(e.succeeded(), e.failed(), e.skipped());
        return threaded(e.rolloutId(), ":checkered_flag: Rollout finished: " + counts, List.of(),
                rolloutHead(head, e.rolloutId()).withStatus("finished (" + counts + ")"));
    }

    private Notice completed(ReleaseCompleted e, ThreadHead head) {
        String line = ":trophy: Release " + sha(e.releaseSha()) + " complete: every customer PPC runs " + sha(e.version())
                + " (" + e.updated() + " updated, " + e.skipped() + " skipped)";
        ThreadHead start = head != null ? head : ThreadHead.of(title(e.version(), e.releaseSha()), "");
        return threaded(e.rolloutId(), line, List.of(), start.withStatus("release complete (" + e.updated()
                + " updated, " + e.skipped() + " skipped)"));
    }

    private static String counts(int succeeded, int failed, int skipped) {
        return succeeded + " updated, " + failed + " failed, " + skipped + " skipped";
    }
}
