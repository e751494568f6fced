package io.releasetrain.console.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.releasetrain.events.EventJson;
import io.releasetrain.events.maintenance.FlagsChanged;
import io.releasetrain.events.release.PromotionMerged;
import io.releasetrain.messaging.CloudEventHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class BusListenerTest {

    @Test
    void anEventBecomesASentenceWithItsAttributes() {
        FlagsChanged changed = new FlagsChanged("change-1", "c-1", "acme", 0x2, 0x3, "operator@example.com",
                "quiet weekend", null, null);

        LiveEvent live = BusListener.read(record("maintenance-events", "io.releasetrain.maintenance.flags-changed",
                EventJson.write(changed))).orElseThrow();

        assertThat(live.id()).isEqualTo("event-1");
        assertThat(live.topic()).isEqualTo("maintenance-events");
        assertThat(live.subject()).isEqualTo("c-1");
        assertThat(live.time()).isEqualTo(Instant.parse("2026-12-03T10:00:00Z"));
        assertThat(live.summary()).isEqualTo("operator@example.com turned maintenance on for PPC c-1: quiet weekend");
    }

    @Test
    void aMergeSaysWhichCommitLanded() {
        PromotionMerged merged = new PromotionMerged("p-1", "staging", "aaaaaaaaaaaa", "bbbbbbbbbbbb", "release-train");

        assertThat(EventSummaries.of(merged)).isEqualTo("Promotion p-1 to staging merged as bbbbbbb by release-train");
    }

    @Test
    void recordsThatAreNotEventsOfAKnownTypeAreSkipped() {
        assertThat(BusListener.read(record("ppc-events", "io.releasetrain.ppc.from-the-future", "{}"))).isEmpty();
        assertThat(BusListener.read(record("ppc-events", "io.releasetrain.ppc.registered", "{not json"))).isEmpty();
        assertThat(BusListener.read(new ConsumerRecord<>("ppc-events", 0, 0, "k", "{}"))).isEmpty();
    }

    private static ConsumerRecord<String, String> record(String topic, String type, String value) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(topic, 0, 0, "key", value);
        record.headers().add(CloudEventHeaders.ID, bytes("event-1"));
        record.headers().add(CloudEventHeaders.TYPE, bytes(type));
        record.headers().add(CloudEventHeaders.SOURCE, bytes("maintenance-service"));
        record.headers().add(CloudEventHeaders.TIME, bytes("2026-12-03T10:00:00Z"));
        return record;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
