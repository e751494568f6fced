package io.releasetrain.maintenance.web;

import io.releasetrain.messaging.web.InvalidRequestException;
/** Parsing of the paging parameters of listings, with answers that name the parameter. */
public final class Limits {

    private Limits() {
    }

    /**
     * The {@code limit} query parameter: {@code defaultLimit} when absent, else a whole number from 1 to {@code max}.
     *
     * @throws InvalidRequestException when it is not
     */
    public static int limit(String value, int defaultLimit, int max) {
        if (value == null || value.isBlank()) {
            return defaultLimit;
        }
        long parsed = wholeNumber("limit", value);
        if (parsed < 1 || parsed > max) {
            throw new InvalidRequestException("limit", "must be between 1 and " + max + ", was " + value.strip());
        }
        return (int) parsed;
    }

    /**
     * An optional positive id parameter such as {@code before}; null when absent.
     *
     * @throws InvalidRequestException when it is not a positive whole number
     */
    public static Long optionalId(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        long parsed = wholeNumber(name, value);
        if (parsed < 1) {
            throw new InvalidRequestException(name, "must be a positive whole number, was " + value.strip());
        }
        return parsed;
    }

    private static long wholeNumber(String name, String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name, "must be a whole number, was '" + value + "'");
        }
    }
}
