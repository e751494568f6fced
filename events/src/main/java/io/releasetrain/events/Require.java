package io.releasetrain.events;

import java.util.List;
import java.util.Objects;

/**
 * The checks the event records run in their compact constructors. Every failure is an
 * {@link IllegalArgumentException} whose message starts with the name of the offending field, so
 * that a reader of a bad payload learns which field to fix.
 *
 * <p>Public only because the records live in sub-packages; it is not meant for use outside this
 * module.
 */
public final class Require {

    private Require() {
    }

    /** Returns {@code value}, or fails if it is null or blank. */
    public static String text(String value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    /** Returns {@code value}, which may be null (the field is optional), or fails if it is blank. */
    public static String optionalText(String value, String field) {
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank when given");
        }
        return value;
    }

    /** Returns {@code value}, or fails if it is null. */
    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    /** Returns {@code value}, or fails if it is negative. */
    public static int nonNegative(int value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative, was " + value);
        }
        return value;
    }

    /** Returns {@code value}, or fails unless it fits an unsigned 32-bit column (0 to 0xFFFFFFFF). */
    public static long unsigned32(long value, String field) {
        if (value < 0 || value > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException(field + " must be between 0 and 4294967295 (0xFFFFFFFF), was " + value);
        }
        return value;
    }

    /** Returns {@code value}, or fails if it is zero or negative. */
    public static int positive(int value, String field) {
        if (value <= 0) {
            throw new IllegalArgumentException(field + " must be positive, was " + value);
        }
        return value;
    }

    /** Returns {@code value}, which may be null (the field is optional), or fails if it is zero or negative. */
    public static Integer optionalPositive(Integer value, String field) {
        return value == null ? null : positive(value, field);
    }

    /** An immutable copy of {@code values}; null reads as an empty list. Fails on a null element. */
    public static <T> List<T> list(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        // List.of(...).contains(null) throws, so look for null element by element.
        if (values.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException(field + " must not contain null");
        }
        return List.copyOf(values);
    }

    /** An immutable copy of {@code values}; null reads as an empty list. Fails on a null or blank element. */
    public static List<String> texts(List<String> values, String field) {
        List<String> copy = list(values, field);
        if (copy.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException(field + " must not contain a blank value");
        }
        return copy;
    }

    /** Like {@link #texts(List, String)}, and fails if the list is null or empty. */
    public static List<String> nonEmptyTexts(List<String> values, String field) {
        List<String> copy = texts(values, field);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        return copy;
    }
}
