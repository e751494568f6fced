package io.releasetrain.console.promotion;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a person can do to a promotion, in which states promoter-service accepts it; the console offers only those
 * (the service checks again: 409 otherwise).
 */
public enum PromotionAction {

    APPROVE("approve", "Approve", Set.of("AWAITING_APPROVAL")),
    FIX("fixes", "Take a fix", Set.of("PULL_REQUEST_OPEN", "CHECKS_PENDING", "CHECKS_PASSED", "CHECKS_FAILED",
            "AWAITING_APPROVAL")),
    ABANDON("abandon", "Abandon", Set.of("REQUESTED", "PULL_REQUEST_OPEN", "CHECKS_PENDING", "CHECKS_PASSED",
            "CHECKS_FAILED", "AWAITING_APPROVAL", "APPROVED"));

    private final String path;
    private final String label;
    private final Set<String> states;

    PromotionAction(String path, String label, Set<String> states) {
        this.path = path;
        this.label = label;
        this.states = states;
    }

    /** The last segment of its URL, e.g. {@code approve}. */
    public String path() {
        return path;
    }

    /** The button's words. */
    public String label() {
        return label;
    }

    /** Whether it needs a ref (the fix to take). */
    public boolean needsRef() {
        return this == FIX;
    }

    /** Whether it is dangerous enough to look it. */
    public boolean danger() {
        return this == ABANDON;
    }

    public static List<PromotionAction> forState(String state) {
        return Arrays.stream(values()).filter(a -> a.states.contains(state)).toList();
    }

    public static Optional<PromotionAction> byPath(String path) {
        return Arrays.stream(values()).filter(a -> a.path.equals(path)).findFirst();
    }
}
