package io.releasetrain.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.releasetrain.events.ci.CiEvent;
import io.releasetrain.events.maintenance.MaintenanceEvent;
import io.releasetrain.events.ppc.PpcEvent;
import io.releasetrain.events.release.PromotionMerged;
import io.releasetrain.events.release.ReleaseEvent;
import io.releasetrain.events.scm.ScmEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The catalogue registers every event record exactly once, on the topic of its sealed parent. */
class EventCatalogTest {

    private static final Map<Class<?>, String> TOPIC_OF_PARENT = Map.of(
            ScmEvent.class, Topics.SCM_EVENTS,
            CiEvent.class, Topics.CI_EVENTS,
            ReleaseEvent.class, Topics.RELEASE_EVENTS,
            PpcEvent.class, Topics.PPC_EVENTS,
            MaintenanceEvent.class, Topics.MAINTENANCE_EVENTS);

    @Test
    void registersEveryRecordOfTheSealedHierarchyOnItsParentsTopic() {
        Map<Class<?>, String> expected = new HashMap<>();
        collectRecords(ReleaseTrainEvent.class, null, expected);

        Map<Class<?>, String> registered = EventCatalog.all().stream()
                .collect(Collectors.toMap(EventType::javaType, EventType::topic));

        assertThat(TOPIC_OF_PARENT.keySet()).containsExactlyInAnyOrder(ReleaseTrainEvent.class.getPermittedSubclasses());
        assertThat(expected).isNotEmpty();
        assertThat(registered).isEqualTo(expected);
    }

    @Test
    void namesAreUniqueAndFollowTheConvention() {
        List<String> names = EventCatalog.all().stream().map(EventType::name).toList();

        assertThat(names).doesNotHaveDuplicates();
        assertThat(names).allMatch(n -> n.matches("io\\.releasetrain\\.[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*"), "io.releasetrain.<context>.<event>");
    }

    @Test
    void findsATypeByNameAndByClass() {
        EventType merged = EventCatalog.byName("io.releasetrain.promotion.merged").orElseThrow();

        assertThat(merged.javaType()).isEqualTo(PromotionMerged.class);
        assertThat(merged.topic()).isEqualTo(Topics.RELEASE_EVENTS);
        assertThat(EventCatalog.of(PromotionMerged.class)).isEqualTo(merged);
        assertThat(EventCatalog.of(EventSamples.of(PromotionMerged.class))).isEqualTo(merged);
    }

    @Test
    void knowsNoTypeByAnUnknownName() {
        assertThat(EventCatalog.byName("io.releasetrain.promotion.teleported")).isEmpty();
        assertThat(EventCatalog.byName(null)).isEmpty();
    }

    @Test
    void refusesAClassThatIsNotARegisteredRecord() {
        assertThatThrownBy(() -> EventCatalog.of(ReleaseEvent.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ReleaseEvent");
    }

    private static void collectRecords(Class<?> type, String topic, Map<Class<?>, String> into) {
        String topicHere = TOPIC_OF_PARENT.getOrDefault(type, topic);
        if (type.isRecord()) {
            into.put(type, topicHere);
            return;
        }
        assertThat(type.isSealed()).as("%s must be sealed or a record", type.getName()).isTrue();
        for (Class<?> permitted : type.getPermittedSubclasses()) {
            collectRecords(permitted, topicHere, into);
        }
    }
}
