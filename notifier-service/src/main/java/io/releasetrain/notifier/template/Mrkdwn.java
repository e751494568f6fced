package io.releasetrain.notifier.template;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Slack's mrkdwn: escaping, links, commit ids and dates that each reader sees in their own time zone. */
public final class Mrkdwn {

    private static final DateTimeFormatter FALLBACK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Mrkdwn() {
    }

    /** Text with Slack's three control characters escaped, so event data never becomes markup or a mention. */
    public static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Bold text, escaped. */
    public static String bold(String text) {
        return "*" + escape(text) + "*";
    }

    /** A commit as its short id in code style, e.g. {@code `abc1234`}. */
    public static String sha(String sha) {
        String value = sha == null ? "?" : sha.length() > 7 ? sha.substring(0, 7) : sha;
        return "`" + escape(value) + "`";
    }

    /** A link, {@code <url|label>}. */
    public static String link(Link link) {
        return "<" + link.url().replace("|", "%7C").replace(">", "%3E") + "|" + escape(link.label()) + ">";
    }

    /** A date Slack shows in the reader's time zone, with a UTC fallback for clients that cannot. */
    public static String time(Instant instant) {
        return "<!date^" + instant.getEpochSecond() + "^{date_short_pretty} {time}|" + FALLBACK.format(instant) + ">";
    }
}
