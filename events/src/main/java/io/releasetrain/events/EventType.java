package io.releasetrain.events;

/**
 * One kind of event on the bus: its CloudEvents {@code type}, the topic it is published to and the
 * record that carries its payload. Instances come from {@link EventCatalog}.
 *
 * @param name     the CloudEvents {@code type}, e.g. {@code io.releasetrain.promotion.merged}
 * @param topic    the Kafka topic, one of {@link Topics}
 * @param javaType the record class of the payload
 */
public record EventType(String name, String topic, Class<? extends ReleaseTrainEvent> javaType) {

    /** Validates that every component is present. */
    public EventType {
        Require.text(name, "name");
        Require.text(topic, "topic");
        Require.present(javaType, "javaType");
    }
}
