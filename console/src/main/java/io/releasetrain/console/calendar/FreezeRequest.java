package io.releasetrain.console.calendar;

import java.time.Instant;
import java.util.List;

/** The body of {@code POST /freezes}. */
public record FreezeRequest(List<String> environments, Instant start, Instant end, boolean weekly, String reason) {
}
