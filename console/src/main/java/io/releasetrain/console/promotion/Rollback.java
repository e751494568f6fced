package io.releasetrain.console.promotion;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** A rollback as promoter-service answers {@code POST /environments/{name}/rollback}; its promotion does the work. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Rollback(String id, String environment, String promotionId, String fromSha, String toSha,
        String toPromotionId, String requestedBy, String reason, Instant createdAt) {
}
