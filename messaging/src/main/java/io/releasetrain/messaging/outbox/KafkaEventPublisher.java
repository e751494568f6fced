package io.releasetrain.messaging.outbox;

import io.releasetrain.messaging.CloudEventHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes outbox rows as binary-mode CloudEvents with an idempotent producer and {@code acks=all}.
 *
 * <p>The relay needs a synchronous answer per batch and a topic per record, which is why it uses
 * the Kafka producer directly; consumers use SmallRye Reactive Messaging.
 */
public final class KafkaEventPublisher implements EventPublisher, AutoCloseable {

    private final Producer<String, byte[]> producer;
    private final Duration sendTimeout;

    public KafkaEventPublisher(Producer<String, byte[]> producer, Duration sendTimeout) {
        this.producer = producer;
        this.sendTimeout = sendTimeout;
    }

    /** A producer configured for the outbox from the service's Kafka client settings. */
    public static KafkaEventPublisher create(Map<String, Object> kafkaSettings, String clientId, Duration sendTimeout) {
        Map<String, Object> settings = new HashMap<>(kafkaSettings);
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        // Idempotence keeps order per partition with up to 5 requests in flight, retries included.
        settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 1);
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) sendTimeout.toMillis());
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(sendTimeout.toMillis(), 15_000));
        settings.keySet().removeIf(key -> key.startsWith("group.") || key.contains("deserializer"));
        return new KafkaEventPublisher(new KafkaProducer<>(settings), sendTimeout);
    }

    @Override
    public void publish(List<OutboxRecord> records) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(records.size());
        for (OutboxRecord record : records) {
            ProducerRecord<String, byte[]> kafkaRecord = new ProducerRecord<>(record.topic(), record.key(),
                    record.payload().getBytes(StandardCharsets.UTF_8));
            CloudEventHeaders.write(kafkaRecord.headers(), record.eventId(), record.type(), record.source(),
                    record.subject(), record.occurredAt());
            acks.add(producer.send(kafkaRecord));
        }
        long deadline = System.nanoTime() + sendTimeout.toNanos();
        for (int i = 0; i < acks.size(); i++) {
            try {
                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (ExecutionException | TimeoutException e) {
                Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                throw new PublishException("Kafka did not acknowledge event " + records.get(i).eventId()
                        + " to " + records.get(i).topic() + ": " + cause, cause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PublishException("Interrupted while waiting for Kafka", e);
            }
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
