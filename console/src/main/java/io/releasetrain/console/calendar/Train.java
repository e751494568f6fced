package io.releasetrain.console.calendar;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * A train of the release calendar as promoter-service shows it ({@code GET /calendar}).
 *
 * @param nextSlot     null when the train is switched off
 * @param frozenAtNext the freeze holding the target at the next slot, in words; null when none does
 * @param lastSlot     null before the train's first slot
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Train(String name, String cron, String zone, boolean enabled, String from, String to, Instant nextSlot,
        String frozenAtNext, Slot lastSlot) {

    /**
     * A slot the calendar handled.
     *
     * @param outcome TRIGGERED, STARTED, SKIPPED or MISSED
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Slot(Instant at, String outcome, boolean catchUp, String detail, String promotionId) {
    }
}
