package io.releasetrain.maintenance.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WindowStatusTest {

    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant END = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void aBookedWindowStartsAtItsStart() {
        assertThat(WindowStatus.BOOKED.dueAt(START.minusMillis(1), START, END)).isEqualTo(WindowStatus.BOOKED);
        assertThat(WindowStatus.BOOKED.dueAt(START, START, END)).isEqualTo(WindowStatus.ACTIVE);
        assertThat(WindowStatus.BOOKED.dueAt(END.minusMillis(1), START, END)).isEqualTo(WindowStatus.ACTIVE);
    }

    @Test
    void aBookedWindowWhoseEndPassedIsMissed() {
        assertThat(WindowStatus.BOOKED.dueAt(END, START, END)).isEqualTo(WindowStatus.MISSED);
    }

    @Test
    void anActiveWindowEndsAtItsEnd() {
        assertThat(WindowStatus.ACTIVE.dueAt(END.minusMillis(1), START, END)).isEqualTo(WindowStatus.ACTIVE);
        assertThat(WindowStatus.ACTIVE.dueAt(END, START, END)).isEqualTo(WindowStatus.ENDED);
    }

    @Test
    void finalStatusesStay() {
        for (WindowStatus status : new WindowStatus[] {WindowStatus.ENDED, WindowStatus.MISSED, WindowStatus.CANCELLED}) {
            assertThat(status.dueAt(START, START, END)).isEqualTo(status);
            assertThat(status.isOpen()).isFalse();
        }
        assertThat(WindowStatus.BOOKED.isOpen()).isTrue();
        assertThat(WindowStatus.ACTIVE.isOpen()).isTrue();
    }
}
