package io.releasetrain.messaging.remote;

/**
 * The outside system refused the request as it was made (bad credentials, missing permission, invalid
 * input). Retrying the same request does not help; fixing configuration or input does.
 */
public final class RemoteRejectedException extends RemoteException {

    private static final long serialVersionUID = 1L;

    public RemoteRejectedException(String system, String message) {
        super(system, message, null);
    }
}
