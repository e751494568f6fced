package io.releasetrain.promoter.rollback;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.releasetrain.messaging.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.SecurityContext;

/**
 * Production's approval rule for every rollback: whatever the environment, only {@code oncall-primary} or
 * {@code release-admin} may approve the promotion that carries a rollback.
 */
@ApplicationScoped
public class RollbackApprovals {

    /** Refuses (403) an approval of a rollback's promotion by anyone else; other promotions pass. */
    public void check(String promotionId, SecurityContext caller) {
        boolean rollback = QuarkusTransaction.requiringNew().call(() -> Rollback.ofPromotion(promotionId).isPresent());
        if (rollback && !caller.isUserInRole(Roles.ONCALL_PRIMARY) && !caller.isUserInRole(Roles.RELEASE_ADMIN)) {
            throw new ForbiddenException("Promotion " + promotionId + " carries a rollback: approving it needs "
                    + Roles.ONCALL_PRIMARY + " or " + Roles.RELEASE_ADMIN);
        }
    }
}
