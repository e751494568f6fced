package io.releasetrain.events.ppc;

/** Who a PPC serves. */
public enum PpcKind {
    /** Ours, attached to a service environment (testing, staging, production) and updated when it deploys. */
    SERVICE,
    /** One customer's installation, updated by customer rollouts after production is verified. */
    CUSTOMER
}
