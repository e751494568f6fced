package io.releasetrain.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * CloudEvents 1.0 attributes as Kafka headers, binary content mode (the CloudEvents Kafka protocol
 * binding): each attribute is a {@code ce_}-prefixed header, the data is the record value and its
 * media type is the {@code content-type} header.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String CONTENT_TYPE = "content-type";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }

    /** Adds the attributes of one event to {@code headers}; {@code subject} may be null. */
    public static void write(Headers headers, String id, String type, String source, String subject, Instant time) {
        put(headers, SPEC_VERSION, "1.0");
        put(headers, ID, id);
        put(headers, TYPE, type);
        put(headers, SOURCE, source);
        if (subject != null) {
            put(headers, SUBJECT, subject);
        }
        put(headers, TIME, time.toString());
        put(headers, CONTENT_TYPE, JSON);
    }

    /** The last value of a header as text, if present. */
    public static Optional<String> read(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null
                ? Optional.empty()
                : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    /** The event time, if present and well formed. */
    public static Optional<Instant> time(Headers headers) {
        try {
            return read(headers, TIME).map(Instant::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
