package io.releasetrain.console.web;

import io.releasetrain.console.ConsoleConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times as the pages print them: in the train's zone on the server; the page's script adds the viewer's
 * own zone next to each ({@code <time datetime>}).
 */
@ApplicationScoped
@Named("times")
public class Times {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("EEE d MMM HH:mm z", Locale.ENGLISH);

    private final ZoneId trainZone;

    Times(ConsoleConfig config) {
        this.trainZone = config.trainZone();
    }

    /** The train's zone id, e.g. {@code America/Los_Angeles}. */
    public String zone() {
        return trainZone.getId();
    }

    /** {@code instant} in the train's zone, e.g. {@code Tue 3 Dec 14:00 PST}; empty for null. */
    public String train(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant.atZone(trainZone));
    }

    /** The instant in ISO-8601, for {@code datetime} attributes; empty for null. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
