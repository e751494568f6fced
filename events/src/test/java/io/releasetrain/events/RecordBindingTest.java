package io.releasetrain.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Jackson binds every event record through its record components, in declaration order, so the
 * JSON field names are the component names whatever compiler flags a build uses.
 */
class RecordBindingTest {

    static List<EventType> types() {
        return EventCatalog.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void bindsTheRecordComponentsAsProperties(EventType type) {
        ObjectMapper mapper = EventJson.mapper();
        BeanDescription description = mapper.getDeserializationConfig().introspect(mapper.constructType(type.javaType()));

        List<String> properties = description.findProperties().stream().map(BeanPropertyDefinition::getName).toList();
        List<String> components = Arrays.stream(type.javaType().getRecordComponents()).map(RecordComponent::getName).toList();

        assertThat(properties).containsExactlyElementsOf(components);
    }
}
