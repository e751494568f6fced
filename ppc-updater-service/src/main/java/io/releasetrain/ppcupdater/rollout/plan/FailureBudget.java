package io.releasetrain.ppcupdater.rollout.plan;

/**
 * How many PPCs of a rollout may fail before it halts: a share of the rollout's PPCs, never less than a
 * minimum. A failure in the canary wave always halts, whatever the budget.
 *
 * @param allowed failures the rollout tolerates; one more halts it
 */
public record FailureBudget(int allowed) {

    public FailureBudget {
        if (allowed < 0) {
            throw new IllegalArgumentException("the failure budget must not be negative, was " + allowed);
        }
    }

    /** The budget for a rollout of {@code total} PPCs: {@code percent}% of them, rounded down, at least {@code minimum}. */
    public static FailureBudget of(int total, double percent, int minimum) {
        return new FailureBudget(Math.max(minimum, (int) Math.floor(total * percent / 100.0)));
    }

    /** Whether {@code failed} failures (after those a person accepted) are more than the budget. */
    public boolean exceededBy(int failed) {
        return failed > allowed;
    }
}
