package io.releasetrain.promoter.ingress;

import com.fasterxml.jackson.databind.JsonNode;
import io.releasetrain.events.EventJson;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Read access to a webhook's JSON payload by dotted path ({@code pull_request.head.sha}). Every
 * accessor checks the type it reads and fails with a {@link MalformedPayloadException} naming the path,
 * so a sender learns exactly which field was wrong. Fields the accessors are not asked for are ignored.
 */
public final class PayloadFields {

    private final JsonNode node;
    private final String prefix;

    private PayloadFields(JsonNode node, String prefix) {
        this.node = node;
        this.prefix = prefix;
    }

    /** Parses a JSON object. */
    public static PayloadFields parse(byte[] json) {
        JsonNode root;
        try {
            root = EventJson.mapper().readTree(json);
        } catch (IOException e) {
            String problem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new MalformedPayloadException("The payload is not valid JSON: " + truncate(problem));
        }
        if (root == null || !root.isObject()) {
            throw new MalformedPayloadException("The payload must be a JSON object");
        }
        return new PayloadFields(root, "");
    }

    /** A required, non-blank string. */
    public String text(String path) {
        String value = optionalText(path);
        if (value == null) {
            throw new MalformedPayloadException(name(path) + " is required");
        }
        return value;
    }

    /** A string, or null when the field is absent, null or blank. */
    public String optionalText(String path) {
        JsonNode value = at(path);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new MalformedPayloadException(name(path) + " must be a string");
        }
        return value.asText().isBlank() ? null : value.asText();
    }

    /** A string or a whole number, as text; null when absent, null or blank. */
    public String optionalScalar(String path) {
        JsonNode value = at(path);
        if (value.canConvertToExactIntegral() && value.isNumber()) {
            return value.asText();
        }
        return optionalText(path);
    }

    /** A required whole number. */
    public long number(String path) {
        Long value = optionalNumber(path);
        if (value == null) {
            throw new MalformedPayloadException(name(path) + " is required");
        }
        return value;
    }

    /** A whole number, or null when the field is absent or null. Numbers written as strings are accepted. */
    public Long optionalNumber(String path) {
        JsonNode value = at(path);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (value.canConvertToExactIntegral() && value.canConvertToLong()) {
            return value.asLong();
        }
        if (value.isTextual()) {
            try {
                return Long.parseLong(value.asText().trim());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new MalformedPayloadException(name(path) + " must be a whole number");
    }

    /** A whole number that fits an int and is positive, or null when absent. */
    public Integer optionalPositiveInt(String path) {
        Long value = optionalNumber(path);
        if (value == null) {
            return null;
        }
        if (value <= 0 || value > Integer.MAX_VALUE) {
            throw new MalformedPayloadException(name(path) + " must be a positive number, was " + value);
        }
        return value.intValue();
    }

    /** A boolean, or {@code otherwise} when the field is absent or null. */
    public boolean bool(String path, boolean otherwise) {
        JsonNode value = at(path);
        if (value.isMissingNode() || value.isNull()) {
            return otherwise;
        }
        if (!value.isBoolean()) {
            throw new MalformedPayloadException(name(path) + " must be true or false");
        }
        return value.asBoolean();
    }

    /** An ISO-8601 instant, or null when absent, null or blank. */
    public Instant optionalInstant(String path) {
        String value = optionalText(path);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new MalformedPayloadException(name(path) + " must be an ISO-8601 time, was '" + truncate(value) + "'");
        }
    }

    /** The objects of an array; empty when the field is absent or null. */
    public List<PayloadFields> objects(String path) {
        JsonNode value = at(path);
        if (value.isMissingNode() || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new MalformedPayloadException(name(path) + " must be an array");
        }
        List<PayloadFields> items = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            String itemName = name(path) + "[" + i + "]";
            if (!item.isObject()) {
                throw new MalformedPayloadException(itemName + " must be an object");
            }
            items.add(new PayloadFields(item, itemName + "."));
        }
        return items;
    }

    /** Whether the field is present and not null. */
    public boolean has(String path) {
        JsonNode value = at(path);
        return !value.isMissingNode() && !value.isNull();
    }

    private JsonNode at(String path) {
        JsonNode current = node;
        int start = 0;
        while (start <= path.length()) {
            int dot = path.indexOf('.', start);
            String segment = dot < 0 ? path.substring(start) : path.substring(start, dot);
            if (!current.isObject()) {
                if (current.isMissingNode() || current.isNull()) {
                    return current;
                }
                throw new MalformedPayloadException(name(path.substring(0, Math.max(0, start - 1))) + " must be an object");
            }
            current = current.path(segment);
            if (dot < 0) {
                break;
            }
            start = dot + 1;
        }
        return current;
    }

    private String name(String path) {
        return prefix + path;
    }

    private static String truncate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "...";
    }
}
