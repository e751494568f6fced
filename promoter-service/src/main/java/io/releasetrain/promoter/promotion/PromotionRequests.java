package io.releasetrain.promoter.promotion;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The bodies the promotion endpoints take. */
public final class PromotionRequests {

    private PromotionRequests() {
    }

    /**
     * Start a promotion into {@code to}, optionally naming {@code from} (checked) and the candidate {@code sha};
     * {@code overrideFreeze} (optional) starts it inside a freeze (oncall-primary or release-admin).
     */
    public record Start(@Size(max = 64) String from, @NotBlank @Size(max = 64) String to, @Size(max = 40) String sha,
            @NotBlank @Size(max = 1000) String reason, Boolean overrideFreeze) {
    }

    /** Approve or abandon: why. */
    public record Decision(@NotBlank @Size(max = 1000) String reason) {
    }

    /** Take a fix into the promotion: a branch or commit merged into its promotion branch. */
    public record Fix(@NotBlank @Size(max = 255) String ref, @NotBlank @Size(max = 1000) String reason) {
    }
}
