package io.releasetrain.events;

/**
 * A payload that cannot be turned into an event, or an event that cannot be turned into JSON:
 * an unknown type name, malformed JSON, or a required field that is missing or invalid. The
 * message names the event type and what was wrong; it never contains the whole payload.
 */
public class EventFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String eventType;

    /**
     * @param eventType the CloudEvents type (or class name) that was being read or written
     * @param problem   what was wrong, in a few words
     * @param cause     the underlying failure, may be null
     */
    public EventFormatException(String eventType, String problem, Throwable cause) {
        super("Cannot map event of type '" + eventType + "': " + problem, cause);
        this.eventType = eventType;
    }

    /** The CloudEvents type (or, for an unregistered class, its name) that could not be mapped. */
    public String eventType() {
        return eventType;
    }
}
