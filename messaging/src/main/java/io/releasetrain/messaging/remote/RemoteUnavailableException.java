package io.releasetrain.messaging.remote;

/** The outside system timed out, could not be reached or kept failing on its side, after every retry. */
public final class RemoteUnavailableException extends RemoteException {

    private static final long serialVersionUID = 1L;

    public RemoteUnavailableException(String system, String message, Throwable cause) {
        super(system, message, cause);
    }
}
