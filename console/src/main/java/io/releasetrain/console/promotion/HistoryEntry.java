package io.releasetrain.console.promotion;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * One line of an environment's history ({@code GET /environments/{name}/history}), newest first.
 *
 * @param kind PROMOTION, ABANDONED, ROLLBACK, SKIPPED or MISSED
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HistoryEntry(Instant at, String kind, String promotionId, String rollbackId, String state, String sha,
        String by, String why, String train) {

    public String shortSha() {
        return Promotion.shortSha(sha);
    }
}
