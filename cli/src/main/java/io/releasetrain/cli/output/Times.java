package io.releasetrain.cli.output;

import io.releasetrain.cli.CliFailure;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Instants as people read and type them: ISO-8601 in UTC to the second, ages like "3h ago", "2h" for "in two hours". */
public final class Times {

    private static final Pattern RELATIVE = Pattern.compile("(\\d+)\\s*([smhdw])");

    private Times() {
    }

    /** {@code 2026-03-01T12:00:00Z}, or null. */
    public static String format(String isoInstant) {
        Instant instant = parse(isoInstant);
        return instant == null ? isoInstant : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The instant in an ISO-8601 text, or null when absent or unreadable. */
    public static Instant parse(String isoInstant) {
        if (isoInstant == null) {
            return null;
        }
        try {
            return Instant.parse(isoInstant);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** "5m ago", "in 2h", "just now"; null when there is no instant. */
    public static String relative(String isoInstant, Instant now) {
        Instant instant = parse(isoInstant);
        if (instant == null) {
            return null;
        }
        Duration between = Duration.between(now, instant);
        boolean future = !between.isNegative();
        String amount = amount(between.abs());
        if (amount == null) {
            return "just now";
        }
        return future ? "in " + amount : amount + " ago";
    }

    /**
     * An instant ahead typed by a person: ISO-8601 ({@code 2026-03-01T12:00:00Z}) or a time from now ({@code 90m},
     * {@code 2h}, {@code 1d}, {@code 1w}, combined as {@code 1h30m}).
     */
    public static Instant when(String text, Instant now, String option) {
        Instant absolute = parse(text.strip());
        return absolute != null ? absolute : now.plus(duration(text, option, "from now"));
    }

    /** An instant past typed by a person: ISO-8601, or a time ago ({@code 7d} is a week ago). */
    public static Instant since(String text, Instant now, String option) {
        Instant absolute = parse(text.strip());
        return absolute != null ? absolute : now.minus(duration(text, option, "ago"));
    }

    private static Duration duration(String text, String option, String direction) {
        String compact = text.strip().toLowerCase(Locale.ROOT);
        Matcher matcher = RELATIVE.matcher(compact);
        Duration total = Duration.ZERO;
        int end = 0;
        while (matcher.find() && matcher.start() == end) {
            total = total.plus(unit(matcher.group(2)).multipliedBy(Long.parseLong(matcher.group(1))));
            end = matcher.end();
        }
        if (end == 0 || end != compact.length()) {
            throw CliFailure.usage(option + " '" + text + "' is neither an instant like 2026-03-01T12:00:00Z nor a time "
                    + direction + " like 90m, 2h, 1d or 1h30m.");
        }
        return total;
    }

    private static Duration unit(String unit) {
        return switch (unit) {
            case "s" -> Duration.ofSeconds(1);
            case "m" -> Duration.ofMinutes(1);
            case "h" -> Duration.ofHours(1);
            case "d" -> Duration.ofDays(1);
            default -> Duration.ofDays(7);
        };
    }

    private static String amount(Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds < 60) {
            return seconds < 5 ? null : seconds + "s";
        }
        if (seconds < 3600) {
            return seconds / 60 + "m";
        }
        if (seconds < 86_400) {
            long minutes = (seconds % 3600) / 60;
            return seconds / 3600 + "h" + (minutes > 0 && seconds < 36_000 ? minutes + "m" : "");
        }
        return seconds / 86_400 + "d";
    }
}
