package io.releasetrain.promoter.calendar;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The release calendar: its trains (nightly master → staging, Tuesday staging → production) and how it keeps time. */
@ConfigMapping(prefix = "releasetrain.calendar")
public interface CalendarConfig {

    /** The time zone every train's cron expression is read in (and weekly freezes recur in). */
    @WithDefault("America/Los_Angeles")
    ZoneId zone();

    /** How often the calendar looks for slots that came due (and retries triggers GitHub did not answer). */
    @WithDefault("30s")
    Duration tick();

    /** How long after start-up the first tick runs (it catches up slots missed while the service was down). */
    @WithDefault("10s")
    Duration firstTick();

    /** A slot found at most this late counts as on time; later ones (the service was down) are catch-ups. */
    @WithDefault("5m")
    Duration onTime();

    /** A slot found later than this after its time is reported missed instead of started. */
    @WithDefault("2h")
    Duration grace();

    /** How far back the calendar looks for slots it has not handled. */
    @WithDefault("P8D")
    Duration lookback();

    /** Who the calendar is, in timelines, events and the environment history. */
    @WithDefault("release-calendar")
    String actor();

    /** The trains, by name. Defaults (application.properties): {@code nightly} and {@code tuesday}. */
    Map<String, Train> trains();

    /** One train: when it leaves, from where to where. */
    interface Train {

        /** Whether the train runs at all; a train switched off neither triggers nor reports missed slots. */
        @WithDefault("true")
        boolean enabled();

        /** A Quartz cron expression (seconds first), e.g. {@code 0 0 2 * * ?}, read in {@link #zone()}. */
        String cron();

        /** The environment promoted into; the train promotes from the environment before it. */
        String to();

        /**
         * Checks that must have passed on the source branch's head for it to be the candidate, when promoting
         * from the first environment (master's own push build). None: the head is taken as it is.
         */
        Optional<List<String>> sourceChecks();
    }
}
