package io.releasetrain.messaging.remote;

/** The thing asked for does not exist, or the credentials used may not see it. Retrying does not help. */
public final class RemoteNotFoundException extends RemoteException {

    private static final long serialVersionUID = 1L;

    public RemoteNotFoundException(String system, String message) {
        super(system, message, null);
    }
}
