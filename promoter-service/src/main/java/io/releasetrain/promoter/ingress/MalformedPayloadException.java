package io.releasetrain.promoter.ingress;

/** A signed payload that is not what its event type promises; the message names the offending field. */
public final class MalformedPayloadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedPayloadException(String message) {
        super(message, null, false, false);
    }
}
