package io.releasetrain.sandbox.json;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON objects in the key order and with the nulls the real APIs use. GitHub, Travis CI and Slack
 * answer with large documents of which the services read a few fields; building them as ordered maps
 * keeps each shape in one readable place next to the API it imitates.
 */
public final class Json {

    private Json() {
    }

    /** An ordered object from alternating keys and values; values may be null. */
    public static Map<String, Object> object(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must alternate");
        }
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }

    /** An instant as GitHub and Travis CI write it: whole seconds, UTC, {@code Z}. */
    public static String time(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
