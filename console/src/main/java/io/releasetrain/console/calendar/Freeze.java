package io.releasetrain.console.calendar;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/** A freeze window ({@code GET /freezes}); {@code active} is whether it holds now. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Freeze(String id, List<String> environments, Instant start, Instant end, boolean weekly, String reason,
        String createdBy, Instant createdAt, Instant endedAt, String endedBy, String endReason, boolean active) {

    /** Whether it can still be ended. */
    public boolean open() {
        return endedAt == null && (weekly || end == null || end.isAfter(Instant.now()));
    }

    public String environmentNames() {
        return environments == null ? "" : String.join(", ", environments);
    }
}
