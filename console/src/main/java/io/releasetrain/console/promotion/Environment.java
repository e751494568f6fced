package io.releasetrain.console.promotion;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * An environment as promoter-service shows it ({@code GET /environments}): what it runs, since when, by which
 * promotion, and the promotion in flight into it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Environment(String name, String branch, int order, boolean requiresApproval, List<String> checks,
        String sha, Instant since, String promotionId, String inFlightPromotionId, String inFlightState) {

    public Environment {
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    /** The first 7 characters of what it runs. */
    public String shortSha() {
        return Promotion.shortSha(sha);
    }
}
