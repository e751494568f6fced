package io.releasetrain.promoter.promotion;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a promotion stands, and where it may go from there:
 * requested → pull request open → checks pending → checks passed (or failed) → awaiting approval (when the
 * target requires it) → approved → merged → deploying → deployed → verified; or abandoned, or nothing to
 * promote. A failed check is not the end: a fix pushed to the promotion branch, or a re-run, takes it back
 * to pending or on to passed.
 */
public enum PromotionState {
    REQUESTED,
    PULL_REQUEST_OPEN,
    CHECKS_PENDING,
    CHECKS_FAILED,
    CHECKS_PASSED,
    AWAITING_APPROVAL,
    APPROVED,
    MERGED,
    DEPLOYING,
    DEPLOYED,
    VERIFIED,
    ABANDONED,
    NOTHING_TO_PROMOTE;

    private static final Map<PromotionState, Set<PromotionState>> NEXT = Map.ofEntries(
            Map.entry(REQUESTED, EnumSet.of(PULL_REQUEST_OPEN, NOTHING_TO_PROMOTE, ABANDONED)),
            Map.entry(PULL_REQUEST_OPEN, EnumSet.of(CHECKS_PENDING, ABANDONED)),
            Map.entry(CHECKS_PENDING, EnumSet.of(CHECKS_PASSED, CHECKS_FAILED, MERGED, ABANDONED)),
            Map.entry(CHECKS_FAILED, EnumSet.of(CHECKS_PENDING, CHECKS_PASSED, MERGED, ABANDONED)),
            Map.entry(CHECKS_PASSED, EnumSet.of(AWAITING_APPROVAL, MERGED, CHECKS_PENDING, ABANDONED)),
            Map.entry(AWAITING_APPROVAL, EnumSet.of(APPROVED, CHECKS_PENDING, MERGED, ABANDONED)),
            Map.entry(APPROVED, EnumSet.of(MERGED, CHECKS_PENDING, ABANDONED)),
            Map.entry(MERGED, EnumSet.of(DEPLOYING, DEPLOYED)),
            Map.entry(DEPLOYING, EnumSet.of(DEPLOYED)),
            Map.entry(DEPLOYED, EnumSet.of(VERIFIED)),
            Map.entry(VERIFIED, EnumSet.noneOf(PromotionState.class)),
            Map.entry(ABANDONED, EnumSet.noneOf(PromotionState.class)),
            Map.entry(NOTHING_TO_PROMOTE, EnumSet.noneOf(PromotionState.class)));

    /** Whether the promotion may move to {@code next}. */
    public boolean canMoveTo(PromotionState next) {
        return NEXT.get(this).contains(next);
    }

    /** Whether the promotion still occupies its target: only one per target environment may. */
    public boolean inFlight() {
        return this != VERIFIED && this != ABANDONED && this != NOTHING_TO_PROMOTE;
    }

    /** Whether it is before the merge: it may still be abandoned, approved or take fixes. */
    public boolean beforeMerge() {
        return NEXT.get(this).contains(MERGED) || this == REQUESTED || this == PULL_REQUEST_OPEN;
    }

    /** Whether the merge is due: checks passed and no approval needed, or approved. */
    public boolean mergeDue(boolean requiresApproval) {
        return this == APPROVED || (this == CHECKS_PASSED && !requiresApproval);
    }
}
