package io.releasetrain.notifier.template;

import java.util.Locale;

/** What a message is about, which decides the channel it goes to unless its event type is routed on its own. */
public enum Route {
    /** Promotions from scheduling to merge. */
    PROMOTION,
    /** Environments deployed and releases verified. */
    DEPLOYMENT,
    /** The release calendar: freezes and thaws. */
    CALENDAR,
    /** Rollbacks. */
    ROLLBACK,
    /** PPCs joining or leaving the fleet and their updates. */
    PPC,
    /** Customer rollouts in waves. */
    ROLLOUT,
    /** Maintenance mode, health-check opt-outs and maintenance windows. */
    MAINTENANCE;

    /** The name used in configuration, e.g. {@code promotion}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
