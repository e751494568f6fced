package io.releasetrain.messaging.web;

/**
 * A request the caller must fix: one field is missing or wrong. Answered with 400 and a JSON body
 * naming the field.
 */
public final class InvalidRequestException extends RuntimeException {

    private final String field;

    /**
     * @param field   the offending field or parameter, as the caller spelled it
     * @param problem what is wrong with it, e.g. "must be in the future"
     */
    public InvalidRequestException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    /** The offending field or parameter. */
    public String field() {
        return field;
    }
}
