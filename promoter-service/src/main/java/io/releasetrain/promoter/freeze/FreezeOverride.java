package io.releasetrain.promoter.freeze;

import io.releasetrain.messaging.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.util.Optional;

/**
 * The rule for a manual promotion inside a freeze: refused (409) unless the caller sets the override flag, and
 * the override needs {@code oncall-primary} or {@code release-admin} (403 otherwise).
 */
@ApplicationScoped
public class FreezeOverride {

    private final Freezes freezes;
    private final Clock clock;

    FreezeOverride(Freezes freezes, Clock clock) {
        this.freezes = freezes;
        this.clock = clock;
    }

    /**
     * Checks a manual start into {@code environment} now.
     *
     * @return the freeze overridden, in words for the promotion's reason; empty when none holds
     */
    public Optional<String> check(String environment, boolean override, SecurityContext caller) {
        Optional<Freezes.Holding> holding = freezes.holding(environment, clock.instant());
        if (holding.isEmpty()) {
            return Optional.empty();
        }
        String frozen = holding.get().describe(environment);
        if (!override) {
            throw new ClientErrorException(frozen + "; set overrideFreeze to promote anyway (oncall-primary or "
                    + "release-admin)", 409);
        }
        if (!caller.isUserInRole(Roles.ONCALL_PRIMARY) && !caller.isUserInRole(Roles.RELEASE_ADMIN)) {
            throw new ForbiddenException("Overriding freeze " + holding.get().id() + " needs oncall-primary or release-admin");
        }
        return Optional.of("overrides freeze " + holding.get().id() + " (" + holding.get().reason() + ")");
    }
}
