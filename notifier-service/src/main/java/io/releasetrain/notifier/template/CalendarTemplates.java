package io.releasetrain.notifier.template;

import static io.releasetrain.notifier.template.Mrkdwn.bold;
import static io.releasetrain.notifier.template.Mrkdwn.escape;

import io.releasetrain.events.release.PromotionTriggerMissed;
import io.releasetrain.events.release.PromotionTriggerSkipped;
import io.releasetrain.events.release.PromotionTriggered;
import java.util.List;

/** The release calendar's slots: a promotion asked for, skipped (and why), or missed. */
final class CalendarTemplates {

    void register(Templates templates) {
        templates.on(PromotionTriggered.class, Template.standalone(this::triggered));
        templates.on(PromotionTriggerSkipped.class, Template.standalone(this::skipped));
        templates.on(PromotionTriggerMissed.class, Template.standalone(this::missed));
    }

    private Notice triggered(PromotionTriggered e) {
        String line = ":alarm_clock: The " + escape(e.train()) + " train (" + Mrkdwn.time(e.slot()) + ") asks to promote "
                + escape(e.sourceEnvironment()) + " into " + bold(e.targetEnvironment())
                + (e.catchUp() ? ", caught up late" : "");
        return Notice.standalone(Route.CALENDAR, e.targetEnvironment(), line, List.of());
    }

    private Notice skipped(PromotionTriggerSkipped e) {
        String line = ":fast_forward: The " + escape(e.train()) + " train (" + Mrkdwn.time(e.slot()) + ") into "
                + bold(e.targetEnvironment()) + " skipped: " + escape(e.detail());
        return Notice.standalone(Route.CALENDAR, e.targetEnvironment(), line, List.of());
    }

    private Notice missed(PromotionTriggerMissed e) {
        String line = ":warning: The " + escape(e.train()) + " train (" + Mrkdwn.time(e.slot()) + ") into "
                + bold(e.targetEnvironment()) + " was missed: " + escape(e.detail());
        return Notice.standalone(Route.CALENDAR, e.targetEnvironment(), line, List.of()).alerting();
    }
}
