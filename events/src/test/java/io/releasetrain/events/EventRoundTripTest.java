package io.releasetrain.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every registered event type survives being written and read back. */
class EventRoundTripTest {

    static List<EventType> types() {
        return EventCatalog.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void readsBackWhatItWrote(EventType type) {
        ReleaseTrainEvent sample = EventSamples.of(type.javaType());

        String json = EventJson.write(sample);
        ReleaseTrainEvent read = EventJson.read(type.name(), json);

        assertThat(read).isEqualTo(sample);
        assertThat(EventCatalog.of(read)).isEqualTo(type);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void readsBackWhatItWroteAsBytes(EventType type) {
        ReleaseTrainEvent sample = EventSamples.of(type.javaType());

        byte[] json = EventJson.writeBytes(sample);

        assertThat(EventJson.read(type.name(), json)).isEqualTo(sample);
        assertThat(EventJson.read(type.javaType(), EventJson.write(sample))).isEqualTo(sample);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void writesTheRecordFieldsOnly(EventType type) throws Exception {
        ReleaseTrainEvent sample = EventSamples.of(type.javaType());

        JsonNode json = EventJson.mapper().readTree(EventJson.write(sample));

        Set<String> written = StreamSupport.stream(
                        ((Iterable<String>) json::fieldNames).spliterator(), false)
                .collect(Collectors.toSet());
        Set<String> components = Arrays.stream(type.javaType().getRecordComponents())
                .map(c -> c.getName())
                .collect(Collectors.toSet());
        assertThat(components).containsAll(written);
        assertThat(written).doesNotContain("key", "subject");
    }
}
