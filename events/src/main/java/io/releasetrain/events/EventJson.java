package io.releasetrain.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * The JSON form of events: the record's fields by name, enums by name, instants as ISO-8601
 * strings, absent optional fields left out. Readers ignore fields they do not know, so a new
 * optional field never breaks an older consumer.
 *
 * <p>Every failure to read raises {@link EventFormatException} naming the event type and what was
 * wrong: an unknown type name, malformed JSON, or a required field missing or invalid (the record's
 * constructor refused it). The message never contains the whole payload.
 */
public final class EventJson {

    private static final int MAX_PROBLEM_LENGTH = 300;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();

    private EventJson() {
    }

    /**
     * The mapper behind this class, for code that must hand a mapper to a framework. It is shared
     * and thread-safe; do not reconfigure it ({@link ObjectMapper#copy()} it instead).
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The event as JSON: its record fields only, without {@code key} or {@code subject}. */
    public static String write(ReleaseTrainEvent event) {
        return new String(writeBytes(event), StandardCharsets.UTF_8);
    }

    /** The event as UTF-8 encoded JSON. */
    public static byte[] writeBytes(ReleaseTrainEvent event) {
        Require.present(event, "event");
        try {
            return MAPPER.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new EventFormatException(EventCatalog.of(event).name(), problem(e), e);
        }
    }

    /**
     * Reads an event of the CloudEvents type {@code type}, as registered in {@link EventCatalog}.
     *
     * @throws EventFormatException if the type is unknown or the payload is not a valid event of it
     */
    public static ReleaseTrainEvent read(String type, String json) {
        return read(typeNamed(type).javaType(), json);
    }

    /**
     * Reads an event of the CloudEvents type {@code type} from UTF-8 encoded JSON, as it comes off
     * the bus.
     *
     * @throws EventFormatException if the type is unknown or the payload is not a valid event of it
     */
    public static ReleaseTrainEvent read(String type, byte[] json) {
        Class<? extends ReleaseTrainEvent> javaType = typeNamed(type).javaType();
        if (json == null) {
            throw new EventFormatException(type, "payload is missing", null);
        }
        return read(javaType, new String(json, StandardCharsets.UTF_8));
    }

    /**
     * Reads an event of a known record class.
     *
     * @throws EventFormatException     if the payload is not a valid event of that class
     * @throws IllegalArgumentException if {@code eventClass} is not a registered event record
     */
    public static <E extends ReleaseTrainEvent> E read(Class<E> eventClass, String json) {
        String label = EventCatalog.of(eventClass).name();
        if (json == null) {
            throw new EventFormatException(label, "payload is missing", null);
        }
        E event;
        try {
            event = MAPPER.readValue(json, eventClass);
        } catch (IOException e) {
            throw new EventFormatException(label, problem(e), e);
        }
        if (event == null) {
            throw new EventFormatException(label, "payload is JSON null", null);
        }
        return event;
    }

    private static EventType typeNamed(String type) {
        return EventCatalog.byName(type)
                .orElseThrow(() -> new EventFormatException(String.valueOf(type), "unknown event type", null));
    }

    /** What was wrong, in a few words: the record's own message when its constructor refused a value. */
    private static String problem(IOException e) {
        String problem;
        if (e instanceof JsonMappingException mapping && mapping.getCause() instanceof IllegalArgumentException refused) {
            problem = refused.getMessage();
        } else if (e instanceof JsonProcessingException processing) {
            problem = processing.getOriginalMessage();
        } else {
            problem = e.getMessage();
        }
        problem = problem + where(e);
        return problem.length() <= MAX_PROBLEM_LENGTH ? problem : problem.substring(0, MAX_PROBLEM_LENGTH) + "...";
    }

    private static String where(IOException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return " (at " + path(mapping) + ")";
        }
        if (e instanceof StreamReadException read && read.getLocation() != null) {
            JsonLocation location = read.getLocation();
            return " (at line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        }
        return "";
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }
}
