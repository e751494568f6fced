package io.releasetrain.console.maintenance;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** The body of {@code POST /maintenance-windows}: one of cloudId and orgId. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WindowBooking(String cloudId, String orgId, Instant startsAt, Instant endsAt, String reason) {
}
