package io.releasetrain.console.maintenance;

import io.releasetrain.console.web.FormException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Reads what people type into the Maintenance page's forms; every mistake is a {@link FormException} saying what to fix. */
public final class MaintenanceForms {

    /** The flags the forms may change, as maintenance-service names them in its URLs. */
    public static final java.util.List<String> FLAGS = java.util.List.of("maintenance", "health-check-opt-out");

    private MaintenanceForms() {
    }

    /** One of {@link #FLAGS}. */
    public static String flag(String flag) {
        if (flag == null || !FLAGS.contains(flag)) {
            throw new FormException("Choose a flag: " + String.join(" or ", FLAGS) + ".");
        }
        return flag;
    }

    /** "on" or "off" as set or clear. */
    public static boolean set(String action) {
        if ("on".equals(action)) {
            return true;
        }
        if ("off".equals(action)) {
            return false;
        }
        throw new FormException("Choose whether to turn the flag on or off.");
    }

    /**
     * When a flag set now for {@code hours} hours clears itself; null for blank (it stays until cleared).
     * Only when setting: a flag being cleared has no expiry.
     */
    public static Instant expiry(String hours, boolean set, Instant now) {
        if (!set || hours == null || hours.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(hours.strip());
            if (value <= 0 || value > 24 * 366) {
                throw new FormException("Hours must be more than 0 and at most a year's worth.");
            }
            return now.plus(Duration.ofSeconds(Math.round(value * 3600)));
        } catch (NumberFormatException e) {
            throw new FormException("Hours must be a number, e.g. 4 or 1.5.");
        }
    }

    /** A {@code datetime-local} value (e.g. {@code 2026-12-08T14:00}), read in the train's zone. */
    public static Instant localTime(String field, String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            throw new FormException("Give the " + field + " time.");
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new FormException("The " + field + " time must look like 2026-12-08T14:00.");
        }
    }
}
