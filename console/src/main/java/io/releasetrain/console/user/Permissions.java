package io.releasetrain.console.user;

import io.releasetrain.messaging.security.Roles;
import java.util.Set;

/**
 * What a set of roles may do, by the same rules the services enforce (see {@link Roles}). The console only
 * uses it to decide which buttons to offer; the services decide for real and answer 403 otherwise.
 */
public record Permissions(Set<String> roles) {

    public Permissions {
        roles = Set.copyOf(roles);
    }

    /** Set and clear PPC flags, book and cancel maintenance windows. */
    public boolean maySetMaintenance() {
        return hasAny(Roles.ONCALL_PRIMARY, Roles.ONCALL_SECONDARY, Roles.PPC_OPERATOR);
    }

    /** Approve, abandon or cherry-pick into a promotion to staging. */
    public boolean mayPromoteToStaging() {
        return hasAny(Roles.ONCALL_PRIMARY, Roles.ONCALL_SECONDARY, Roles.RELEASE_ADMIN);
    }

    /** Approve, abandon or cherry-pick into a promotion to production; roll back. */
    public boolean mayPromoteToProduction() {
        return hasAny(Roles.ONCALL_PRIMARY, Roles.RELEASE_ADMIN);
    }

    /** Act on a promotion into {@code environment}: production needs more than the others. */
    public boolean mayPromoteTo(String environment) {
        return "production".equals(environment) ? mayPromoteToProduction() : mayPromoteToStaging();
    }

    /** Roll an environment back (a rollback's promotion is approved by the same roles, whatever the environment). */
    public boolean mayRollBack() {
        return mayPromoteToProduction();
    }

    /**
     * Take {@code action} (approve, abandon, fixes) on a promotion into {@code environment}: approving a rollback's
     * promotion needs the rollback roles whatever the environment, as promoter-service rules.
     */
    public boolean mayAct(String action, String environment, boolean rollback) {
        return rollback && "approve".equals(action) ? mayRollBack() : mayPromoteTo(environment);
    }

    /** Freeze the calendar and end freezes. */
    public boolean mayFreeze() {
        return hasAny(Roles.ONCALL_PRIMARY, Roles.ONCALL_SECONDARY, Roles.RELEASE_ADMIN);
    }

    /** Pause, resume, retry and skip in customer rollouts. */
    public boolean mayRunRollouts() {
        return hasAny(Roles.ONCALL_PRIMARY, Roles.RELEASE_ADMIN);
    }

    /** Attach PPCs to an organisation. */
    public boolean mayAttachPpcs() {
        return roles.contains(Roles.ORG_ADMIN);
    }

    private boolean hasAny(String... allowed) {
        for (String role : allowed) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
