package io.releasetrain.promoter.promotion;

import jakarta.ws.rs.ClientErrorException;

/** 409: another promotion into the same target is in flight; only one may be, across every instance. */
public class PromotionInFlightException extends ClientErrorException {

    /** The promotion in flight, or null when it finished before it could be named. */
    private final String inFlightId;

    PromotionInFlightException(String target, Promotion inFlight) {
        super(inFlight == null
                ? "a promotion into " + target + " was requested at the same moment by another request; look at "
                        + "GET /promotions?target=" + target + " and try again"
                : "a promotion into " + target + " is already in flight: " + inFlight.id + " (" + inFlight.state
                        + "); finish or abandon it first", 409);
        this.inFlightId = inFlight == null ? null : inFlight.id;
    }

    /** The promotion in flight, if it could be named. */
    public String inFlightId() {
        return inFlightId;
    }
}
