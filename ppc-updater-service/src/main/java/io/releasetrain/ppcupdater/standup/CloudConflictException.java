package io.releasetrain.ppcupdater.standup;

/** The PPC is not in a status that allows what was asked; answered with 409. */
public final class CloudConflictException extends RuntimeException {

    public CloudConflictException(String message) {
        super(message);
    }
}
