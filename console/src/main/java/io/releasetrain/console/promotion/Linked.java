package io.releasetrain.console.promotion;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text split into plain parts and http(s) links, so that the pages can make the links clickable. Pure. */
public final class Linked {

    private static final Pattern URL = Pattern.compile("https?://[^\\s)\\]]+");

    /** A piece of text; {@code link} when it is a URL. */
    public record Part(String text, boolean link) {
    }

    private Linked() {
    }

    public static List<Part> parts(String text) {
        List<Part> parts = new ArrayList<>();
        if (text == null) {
            return parts;
        }
        Matcher m = URL.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                parts.add(new Part(text.substring(at, m.start()), false));
            }
            parts.add(new Part(m.group(), true));
            at = m.end();
        }
        if (at < text.length()) {
            parts.add(new Part(text.substring(at), false));
        }
        return parts;
    }
}
