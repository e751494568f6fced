package io.releasetrain.maintenance;

import io.releasetrain.messaging.security.Roles;
import io.releasetrain.testsupport.TestTokens;

/** The people who call the service in tests, as bearer tokens. */
public final class Callers {

    /** The principal name of {@link #operator()}. */
    public static final String OPERATOR = "alice@example.com";

    /** The principal name of {@link #reader()}. */
    public static final String READER = "rita@example.com";

    private Callers() {
    }

    /** A PPC operator: may change flags and book windows. */
    public static String operator() {
        return TestTokens.forRoles(OPERATOR, Roles.PPC_OPERATOR);
    }

    /** An authenticated caller with no role: may read, may not change. */
    public static String reader() {
        return TestTokens.forRoles(READER);
    }

    /** An authenticated caller with a role that does not cover maintenance. */
    public static String orgAdmin() {
        return TestTokens.forRoles("olga@example.com", Roles.ORG_ADMIN, Roles.RELEASE_ADMIN);
    }
}
