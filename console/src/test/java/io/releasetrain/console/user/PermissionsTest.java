package io.releasetrain.console.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PermissionsTest {

    @Test
    void maintenanceIsForOnCallAndPpcOperatorsOnly() {
        assertThat(new Permissions(Set.of("ppc-operator")).maySetMaintenance()).isTrue();
        assertThat(new Permissions(Set.of("oncall-secondary")).maySetMaintenance()).isTrue();
        assertThat(new Permissions(Set.of("oncall-primary")).maySetMaintenance()).isTrue();
        assertThat(new Permissions(Set.of("org-admin")).maySetMaintenance()).isFalse();
        assertThat(new Permissions(Set.of("release-admin")).maySetMaintenance()).isFalse();
        assertThat(new Permissions(Set.of()).maySetMaintenance()).isFalse();
    }

    @Test
    void productionNeedsThePrimaryOrAReleaseAdminWhileStagingAlsoTakesTheSecondary() {
        Permissions secondary = new Permissions(Set.of("oncall-secondary"));
        assertThat(secondary.mayPromoteTo("staging")).isTrue();
        assertThat(secondary.mayPromoteTo("production")).isFalse();
        assertThat(new Permissions(Set.of("oncall-primary")).mayPromoteTo("production")).isTrue();
        assertThat(new Permissions(Set.of("release-admin")).mayPromoteTo("production")).isTrue();
        assertThat(new Permissions(Set.of("ppc-operator")).mayPromoteTo("staging")).isFalse();
    }

    @Test
    void rolloutsAreForThePrimaryAndReleaseAdminsAndAttachingForOrgAdmins() {
        assertThat(new Permissions(Set.of("oncall-primary")).mayRunRollouts()).isTrue();
        assertThat(new Permissions(Set.of("oncall-secondary")).mayRunRollouts()).isFalse();
        assertThat(new Permissions(Set.of("org-admin")).mayAttachPpcs()).isTrue();
        assertThat(new Permissions(Set.of("release-admin")).mayAttachPpcs()).isFalse();
    }

    @Test
    void rollbacksAreForThePrimaryAndReleaseAdminsAndFreezesForOnCallAndReleaseAdmins() {
        assertThat(new Permissions(Set.of("oncall-primary")).mayRollBack()).isTrue();
        assertThat(new Permissions(Set.of("release-admin")).mayRollBack()).isTrue();
        assertThat(new Permissions(Set.of("oncall-secondary")).mayRollBack()).isFalse();
        assertThat(new Permissions(Set.of("oncall-secondary")).mayFreeze()).isTrue();
        assertThat(new Permissions(Set.of("release-admin")).mayFreeze()).isTrue();
        assertThat(new Permissions(Set.of("ppc-operator")).mayFreeze()).isFalse();
        assertThat(new Permissions(Set.of()).mayFreeze()).isFalse();
    }

    @Test
    void theSecondaryMayAbandonButNotApproveARollbacksPromotionIntoStaging() {
        Permissions secondary = new Permissions(Set.of("oncall-secondary"));
        assertThat(secondary.mayAct("approve", "staging", false)).isTrue();
        assertThat(secondary.mayAct("approve", "staging", true)).isFalse();
        assertThat(secondary.mayAct("abandon", "staging", true)).isTrue();
        assertThat(new Permissions(Set.of("oncall-primary")).mayAct("approve", "staging", true)).isTrue();
        assertThat(new Permissions(Set.of("release-admin")).mayAct("approve", "production", true)).isTrue();
        assertThat(secondary.mayAct("approve", "production", false)).isFalse();
    }
}
