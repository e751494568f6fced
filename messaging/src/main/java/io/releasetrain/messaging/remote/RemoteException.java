package io.releasetrain.messaging.remote;

/**
 * A call to an outside system (GitHub, Travis CI, Slack, a PPC) did not give the answer asked for. The subclasses
 * say why in terms a caller can act on; none of them carries the API's HTTP status code.
 */
public abstract class RemoteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String system;

    protected RemoteException(String system, String message, Throwable cause) {
        super(system + ": " + message, cause);
        this.system = system;
    }

    /** The outside system that was called, e.g. {@code GitHub}. */
    public String system() {
        return system;
    }
}
