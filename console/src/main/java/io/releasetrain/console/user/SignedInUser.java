package io.releasetrain.console.user;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** The person looking at the page: who they are and what their token's roles let them do. */
@RequestScoped
@Named("user")
public class SignedInUser {

    private final SecurityIdentity identity;

    SignedInUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The token's principal name (its upn or subject). */
    public String name() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    /** The roles, sorted, for display. */
    public List<String> roles() {
        return identity.getRoles().stream().sorted().toList();
    }

    /** What the roles allow. */
    public Permissions may() {
        return new Permissions(identity.getRoles());
    }
}
