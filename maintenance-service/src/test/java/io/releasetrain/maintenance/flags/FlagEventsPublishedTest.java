package io.releasetrain.maintenance.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.events.EventJson;
import io.releasetrain.events.Topics;
import io.releasetrain.events.maintenance.FlagsChanged;
import io.releasetrain.maintenance.Api;
import io.releasetrain.maintenance.Callers;
import io.releasetrain.maintenance.TestFleet;
import io.releasetrain.messaging.CloudEventHeaders;
import io.releasetrain.testsupport.TestKafka;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Every change reaches maintenance-events through the outbox; a no-op sends nothing. */
@QuarkusTest
class FlagEventsPublishedTest {

    @Inject
    TestFleet fleet;

    @Test
    void eachChangeIsAFlagsChangedEventWithExactBeforeAndAfterAndNoOpsSendNothing() {
        String org = TestFleet.newOrg();
        String cloudId = fleet.add(org, CloudFlags.HEALTH_CHECK_OPT_OUT);

        String setId = Api.changeCloud(cloudId, "maintenance", true, "patching", null)
                .statusCode(200).extract().jsonPath().getString("changeId");
        Api.changeCloud(cloudId, "maintenance", true, "patching again", null).statusCode(200);
        String clearId = Api.changeCloud(cloudId, "maintenance", false, "patched", null)
                .statusCode(200).extract().jsonPath().getString("changeId");

        List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(20))
                .until(() -> eventsFor(cloudId), list -> list.size() >= 2);
        assertThat(records).hasSize(2);
        assertThat(records).allSatisfy(r -> {
            assertThat(TestKafka.header(r, CloudEventHeaders.TYPE)).isEqualTo("io.releasetrain.maintenance.flags-changed");
            assertThat(TestKafka.header(r, CloudEventHeaders.SUBJECT)).isEqualTo(cloudId);
            assertThat(TestKafka.header(r, CloudEventHeaders.SOURCE)).isEqualTo("maintenance-service");
        });
        String name = "ppc-" + cloudId.substring(0, 8); // as TestFleet names it
        assertThat(records.stream().map(r -> EventJson.read(FlagsChanged.class, r.value())).toList()).containsExactly(
                new FlagsChanged(setId, cloudId, org, 0x2, 0x3, Callers.OPERATOR, "patching", null, null, name),
                new FlagsChanged(clearId, cloudId, org, 0x3, 0x2, Callers.OPERATOR, "patched", null, null, name));
    }

    @Test
    void anOrgWideChangeIsOneEventPerChangedPpcWithOneChangeId() {
        String org = TestFleet.newOrg();
        String first = fleet.add(org, 0);
        String second = fleet.add(org, 0x4);

        String changeId = Api.changeOrg(org, "maintenance", true, "org upgrade")
                .statusCode(200).extract().jsonPath().getString("changeId");

        FlagsChanged toFirst = single(first);
        FlagsChanged toSecond = single(second);
        assertThat(toFirst.changeId()).isEqualTo(changeId);
        assertThat(toSecond.changeId()).isEqualTo(changeId);
        assertThat(toSecond.flagsBefore()).isEqualTo(0x4);
        assertThat(toSecond.flagsAfter()).isEqualTo(0x5);
    }

    @Test
    void aPpcWithBit31IsChangeableAndItsEventKeepsThatBit() {
        String cloudId = fleet.add(TestFleet.newOrg(), 0x8000_0000L);

        Api.changeCloud(cloudId, "maintenance", true, "patching", null).statusCode(200);

        FlagsChanged event = single(cloudId);
        assertThat(event.flagsBefore()).isEqualTo(0x8000_0000L);
        assertThat(event.flagsAfter()).isEqualTo(0x8000_0001L);
        assertThat(fleet.flagsOf(cloudId)).isEqualTo(0x8000_0001L);
    }

    private static FlagsChanged single(String cloudId) {
        List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(20))
                .until(() -> eventsFor(cloudId), list -> !list.isEmpty());
        assertThat(records).hasSize(1);
        return EventJson.read(FlagsChanged.class, records.get(0).value());
    }

    private static List<ConsumerRecord<String, String>> eventsFor(String cloudId) {
        return TestKafka.matching(Topics.MAINTENANCE_EVENTS, r -> cloudId.equals(r.key()));
    }
}
