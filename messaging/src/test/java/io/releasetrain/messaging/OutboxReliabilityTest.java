package io.releasetrain.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.events.Topics;
import io.releasetrain.messaging.outbox.KafkaEventPublisher;
import io.releasetrain.messaging.outbox.OutboxRelay;
import io.releasetrain.testsupport.TestKafka;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The outbox against the real broker and database: nothing lost, nothing published twice to an inbox. */
@QuarkusTest
class OutboxReliabilityTest {

    @Inject
    Ledger ledger;

    @Inject
    DataSource dataSource;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    @Test
    void anEventWrittenInARolledBackTransactionIsNeverPublished() throws Exception {
        String rolledBack = "rolled-back-" + UUID.randomUUID();
        String committed = "committed-" + UUID.randomUUID();
        String key = "cloud-" + UUID.randomUUID();

        assertThatThrownBy(() -> ledger.record(rolledBack, key, true)).isInstanceOf(IllegalStateException.class);
        ledger.record(committed, key, false);
        try (KafkaEventPublisher publisher = RelayFixture.publisher(kafka, "rollback-test")) {
            RelayFixture.drain(RelayFixture.relay(dataSource, publisher));
        }

        // Same key, so the committed event arrives after anything written before it.
        await().atMost(Duration.ofSeconds(20)).until(() -> ledger.effectsOf(committed) == 1);
        assertThat(ledger.hasLedgerRow(rolledBack)).isFalse();
        assertThat(ledger.outboxRowsOf(rolledBack)).isZero();
        assertThat(ledger.effectsOf(rolledBack)).isZero();
        assertThat(onTopic(rolledBack)).isEmpty();
    }

    @Test
    void aRelayKilledBeforeSendingPublishesOnceAfterRestart() throws Exception {
        String note = "killed-before-send-" + UUID.randomUUID();

        ledger.record(note, "cloud-" + UUID.randomUUID(), false);
        // The relay is down at commit time: the row waits in the outbox.
        assertThat(ledger.pendingRows()).isPositive();
        try (KafkaEventPublisher publisher = RelayFixture.publisher(kafka, "restarted-relay")) {
            RelayFixture.drain(RelayFixture.relay(dataSource, publisher));
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> ledger.effectsOf(note) == 1);
        assertThat(onTopic(note)).hasSize(1);
    }

    @Test
    void aRelayKilledAfterSendingRepublishesAndTheInboxKeepsOneEffect() throws Exception {
        String note = "killed-after-send-" + UUID.randomUUID();
        ledger.record(note, "cloud-" + UUID.randomUUID(), false);

        try (KafkaEventPublisher publisher = RelayFixture.publisher(kafka, "dying-relay")) {
            OutboxRelay dying = RelayFixture.relay(dataSource, RelayFixture.crashingAfterSend(publisher));
            assertThatThrownBy(dying::relayOnce).hasMessageContaining("killed");
        }
        assertThat(ledger.pendingRows()).as("rows stay pending when the relay dies before marking them").isPositive();
        try (KafkaEventPublisher publisher = RelayFixture.publisher(kafka, "restarted-relay")) {
            RelayFixture.drain(RelayFixture.relay(dataSource, publisher));
        }

        // Keep the read that saw both copies: a second read on a loaded machine may end before its fetch.
        List<ConsumerRecord<String, String>> copies = await().atMost(Duration.ofSeconds(20))
                .until(() -> onTopic(note), records -> records.size() == 2);
        assertThat(TestKafka.header(copies.get(0), CloudEventHeaders.ID))
                .as("a republished event keeps its CloudEvent id")
                .isEqualTo(TestKafka.header(copies.get(1), CloudEventHeaders.ID));
        await().atMost(Duration.ofSeconds(20)).until(() -> ledger.effectsOf(note) >= 1);
        assertThat(ledger.effectsOf(note)).isEqualTo(1);
        assertThat(ledger.pendingRows()).isZero();
    }

    @Test
    void eventsPublishedTogetherAreWrittenAndSentInTheirOrderUnderTheirIds() throws Exception {
        String run = "together-" + UUID.randomUUID();
        // More than two multi-row inserts' worth, so that the order across statements is checked too.
        List<String> notes = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            notes.add(run + "-" + String.format("%03d", i));
            ids.add(run + ":" + i);
        }

        ledger.recordAll(run + ":", notes, run, false);

        assertThat(ledger.outboxIdsStartingWith(run + ":")).containsExactlyElementsOf(ids);
        try (KafkaEventPublisher publisher = RelayFixture.publisher(kafka, "together")) {
            RelayFixture.drain(RelayFixture.relay(dataSource, publisher));
        }
        // Published rows leave the outbox in the relay's transaction.
        assertThat(ledger.outboxIdsStartingWith(run + ":")).isEmpty();
        await().atMost(Duration.ofSeconds(20)).until(() -> onTopic(run).size() >= 150);
        List<ConsumerRecord<String, String>> records = onTopic(run);
        assertThat(records).extracting(r -> TestKafka.header(r, CloudEventHeaders.ID)).containsExactlyElementsOf(ids);
        assertThat(records).extracting(r -> noteOf(r.value())).containsExactlyElementsOf(notes);
    }

    @Test
    void aRepeatedIdAmongEventsPublishedTogetherRollsBackTheWholeTransaction() {
        String run = "repeated-" + UUID.randomUUID();
        List<String> notes = List.of(run + "-a", run + "-b");
        ledger.recordAll(run + ":", notes, run, false);

        // The same ids again: the second transaction fails and leaves nothing of itself behind.
        assertThatThrownBy(() -> ledger.recordAll(run + ":", List.of(run + "-c", run + "-d"), run, false))
                .hasRootCauseInstanceOf(java.sql.SQLIntegrityConstraintViolationException.class);
        assertThat(ledger.outboxIdsStartingWith(run + ":")).containsExactly(run + ":0", run + ":1");
        assertThat(ledger.outboxRowsOf(run + "-c")).isZero();

        // A transaction that fails after writing its events leaves none of them.
        String failed = "failed-together-" + UUID.randomUUID();
        assertThatThrownBy(() -> ledger.recordAll(failed + ":", List.of(failed + "-a", failed + "-b"), failed, true))
                .isInstanceOf(IllegalStateException.class);
        assertThat(ledger.outboxIdsStartingWith(failed + ":")).isEmpty();
        assertThat(ledger.hasLedgerRow(failed + ":")).isFalse();
    }

    @Test
    void twoRelaysRacingPublishEveryRowExactlyOnceAndInOrderPerKey() throws Exception {
        String run = "race-" + UUID.randomUUID();
        List<String> keys = List.of(run + "-a", run + "-b", run + "-c");
        for (int i = 0; i < 240; i++) {
            ledger.record(run + "-" + String.format("%03d", i), keys.get(i % keys.size()), false);
        }

        ExecutorService two = Executors.newFixedThreadPool(2);
        try (KafkaEventPublisher first = RelayFixture.publisher(kafka, "instance-1");
                KafkaEventPublisher second = RelayFixture.publisher(kafka, "instance-2")) {
            List<Callable<Integer>> relays = List.of(
                    () -> RelayFixture.drain(RelayFixture.relay(dataSource, first)),
                    () -> RelayFixture.drain(RelayFixture.relay(dataSource, second)));
            int published = 0;
            for (Future<Integer> result : two.invokeAll(relays)) {
                published += result.get();
            }
            // A relay that found the lock taken stops early; whatever is left, either one finishes.
            published += RelayFixture.drain(RelayFixture.relay(dataSource, first));
            assertThat(published).isGreaterThanOrEqualTo(240);
        } finally {
            two.shutdownNow();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> onTopic(run).size() >= 240);
        List<ConsumerRecord<String, String>> records = onTopic(run);
        Map<String, Long> copiesPerId = records.stream()
                .collect(Collectors.groupingBy(r -> TestKafka.header(r, CloudEventHeaders.ID), Collectors.counting()));
        assertThat(copiesPerId).hasSize(240);
        assertThat(copiesPerId.values()).allMatch(copies -> copies == 1);
        Map<String, List<String>> notesPerKey = new HashMap<>();
        records.forEach(r -> notesPerKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(noteOf(r.value())));
        notesPerKey.values().forEach(notes -> assertThat(notes).isSorted());
    }

    private static List<ConsumerRecord<String, String>> onTopic(String note) {
        return TestKafka.matching(Topics.MAINTENANCE_EVENTS, r -> r.value() != null && r.value().contains(note));
    }

    private static String noteOf(String json) {
        int start = json.indexOf("\"reason\":\"") + 10;
        return json.substring(start, json.indexOf('"', start));
    }
}
