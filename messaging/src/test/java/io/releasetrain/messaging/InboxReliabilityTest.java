package io.releasetrain.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.events.EventCatalog;
import io.releasetrain.events.EventJson;
import io.releasetrain.events.Topics;
import io.releasetrain.events.maintenance.FlagsChanged;
import io.releasetrain.testsupport.TestKafka;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The consumer side against the real broker: one effect per event id, poison to the dead-letter topic. */
@QuarkusTest
class InboxReliabilityTest {

    private static final String DEAD_LETTERS = Topics.deadLetterTopic(Topics.MAINTENANCE_EVENTS);

    @Inject
    Ledger ledger;

    @Test
    void theSameEventDeliveredTwiceHasOneEffect() {
        String note = "twice-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();

        send(eventId, note);
        send(eventId, note);
        String after = "after-twice-" + UUID.randomUUID();
        send(UUID.randomUUID().toString(), after);

        await().atMost(Duration.ofSeconds(20)).until(() -> ledger.effectsOf(after) == 1);
        assertThat(ledger.effectsOf(note)).isEqualTo(1);
    }

    @Test
    void poisonMessagesGoToTheDeadLetterTopicAndTheNextMessageIsProcessed() {
        String garbageKey = "garbage-" + UUID.randomUUID();
        String badDataKey = "bad-data-" + UUID.randomUUID();
        String next = "next-" + UUID.randomUUID();

        TestKafka.send(Topics.MAINTENANCE_EVENTS, garbageKey, Map.of(), "not a cloud event at all");
        TestKafka.send(Topics.MAINTENANCE_EVENTS, badDataKey, headers(UUID.randomUUID().toString()), "{\"cloudId\": 42");
        send(UUID.randomUUID().toString(), next);

        await().atMost(Duration.ofSeconds(20)).until(() -> ledger.effectsOf(next) == 1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(deadLetter(garbageKey).map(r -> TestKafka.header(r, "dead-letter-reason")))
                    .hasValueSatisfying(reason -> assertThat(reason).contains("not a binary-mode CloudEvent"));
            assertThat(deadLetter(badDataKey).map(r -> TestKafka.header(r, "dead-letter-reason")))
                    .hasValueSatisfying(reason -> assertThat(reason).contains("io.releasetrain.maintenance.flags-changed"));
        });
    }

    @Test
    void anEffectThatKeepsFailingIsRetriedThenDeadLetteredAndThePartitionMovesOn() {
        String failing = Ledger.ALWAYS_FAILS + "-" + UUID.randomUUID();
        String next = "after-failure-" + UUID.randomUUID();
        String key = "cloud-" + UUID.randomUUID();

        TestKafka.send(Topics.MAINTENANCE_EVENTS, key, headers(UUID.randomUUID().toString()),
                EventJson.write(Ledger.event(failing, key)));
        TestKafka.send(Topics.MAINTENANCE_EVENTS, key, headers(UUID.randomUUID().toString()),
                EventJson.write(Ledger.event(next, key)));

        await().atMost(Duration.ofSeconds(20)).until(() -> ledger.effectsOf(next) == 1);
        assertThat(ledger.effectsOf(failing)).isZero();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                TestKafka.matching(DEAD_LETTERS, r -> r.value() != null && r.value().contains(failing)))
                .singleElement()
                .satisfies(r -> assertThat(TestKafka.header(r, "dead-letter-reason")).contains("cannot be applied")));
    }

    private static java.util.Optional<ConsumerRecord<String, String>> deadLetter(String key) {
        List<ConsumerRecord<String, String>> found = TestKafka.matching(DEAD_LETTERS, r -> key.equals(r.key()));
        return found.stream().findFirst();
    }

    private static void send(String eventId, String note) {
        FlagsChanged event = Ledger.event(note, "cloud-" + note);
        TestKafka.send(Topics.MAINTENANCE_EVENTS, event.key(), headers(eventId), EventJson.write(event));
    }

    private static Map<String, String> headers(String eventId) {
        return Map.of(
                CloudEventHeaders.SPEC_VERSION, "1.0",
                CloudEventHeaders.ID, eventId,
                CloudEventHeaders.TYPE, EventCatalog.of(FlagsChanged.class).name(),
                CloudEventHeaders.SOURCE, "test",
                CloudEventHeaders.TIME, Instant.now().toString());
    }
}
