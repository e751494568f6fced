package io.releasetrain.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Dead-letter topic names. */
class TopicsTest {

    @Test
    void namesTheDeadLetterTopicOfATopic() {
        assertThat(Topics.deadLetterTopic(Topics.PPC_EVENTS)).isEqualTo("ppc-events.dlq");
    }

    @Test
    void refusesABlankTopicOrADeadLetterTopic() {
        assertThatThrownBy(() -> Topics.deadLetterTopic(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Topics.deadLetterTopic("ppc-events.dlq")).isInstanceOf(IllegalArgumentException.class);
    }
}
