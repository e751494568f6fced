package io.releasetrain.ppcupdater.rollout.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FailureBudgetTest {

    @Test
    void aShareOfTheFleetRoundedDownButNeverBelowTheMinimum() {
        assertThat(FailureBudget.of(1000, 5, 1).allowed()).isEqualTo(50);
        assertThat(FailureBudget.of(6, 5, 1).allowed()).isEqualTo(1);
        assertThat(FailureBudget.of(6, 5, 0).allowed()).isZero();
    }

    @Test
    void oneFailureMoreThanAllowedExceedsIt() {
        FailureBudget budget = new FailureBudget(2);
        assertThat(budget.exceededBy(2)).isFalse();
        assertThat(budget.exceededBy(3)).isTrue();
    }
}
