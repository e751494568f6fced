package io.releasetrain.promoter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Realistic webhook payloads from {@code src/test/resources/payloads}, with {@code ${name}} placeholders filled in. */
public final class Payloads {

    private Payloads() {
    }

    /** The payload {@code path} (e.g. {@code github/push.json}) with every placeholder replaced. */
    public static String fill(String path, Map<String, String> values) {
        String text = read(path);
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("${" + value.getKey() + "}", value.getValue());
        }
        int left = text.indexOf("${");
        if (left >= 0) {
            throw new IllegalArgumentException(path + " still has a placeholder at: "
                    + text.substring(left, Math.min(text.length(), left + 30)));
        }
        return text;
    }

    private static String read(String path) {
        try (InputStream in = Payloads.class.getResourceAsStream("/payloads/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("No test payload " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
