package io.releasetrain.messaging.security;

/**
 * The roles of the release train, as they appear in a bearer token's {@code groups} claim.
 *
 * <ul>
 *   <li>staging promotions: {@link #ONCALL_SECONDARY}, {@link #ONCALL_PRIMARY} or {@link #RELEASE_ADMIN};</li>
 *   <li>production promotions, customer rollouts, rollbacks: {@link #ONCALL_PRIMARY} or {@link #RELEASE_ADMIN};</li>
 *   <li>attaching a PPC to an organization: {@link #ORG_ADMIN};</li>
 *   <li>maintenance: {@link #ONCALL_PRIMARY}, {@link #ONCALL_SECONDARY} or {@link #PPC_OPERATOR};</li>
 *   <li>reads: any authenticated caller.</li>
 * </ul>
 */
public final class Roles {

    /** The primary on-call engineer: production releases, customer PPC rollouts, rollbacks. */
    public static final String ONCALL_PRIMARY = "oncall-primary";
    /** The secondary on-call engineer: staging releases. */
    public static final String ONCALL_SECONDARY = "oncall-secondary";
    /** Owns the release train itself; may do anything on-call may. */
    public static final String RELEASE_ADMIN = "release-admin";
    /** An administrator of an organization: attaches PPCs to it. */
    public static final String ORG_ADMIN = "org-admin";
    /** Operates PPCs: maintenance mode and health-check opt-outs. */
    public static final String PPC_OPERATOR = "ppc-operator";

    private Roles() {
    }
}
