package io.releasetrain.console.remote;

import io.releasetrain.messaging.remote.RemoteUnavailableException;
import jakarta.ws.rs.ProcessingException;
import java.util.function.Supplier;

/** Runs a call to a service, turning "could not reach it" into {@link RemoteUnavailableException}. */
public final class Calls {

    private Calls() {
    }

    /** The call's answer; connection failures and timeouts become {@link RemoteUnavailableException}. */
    public static <T> T of(String service, Supplier<T> call) {
        try {
            return call.get();
        } catch (ProcessingException e) {
            if (e.getCause() instanceof RuntimeException known && (known instanceof ServiceRefusedException
                    || known instanceof RemoteUnavailableException)) {
                throw known;
            }
            throw new RemoteUnavailableException(service, "not reachable (" + e.getMessage() + ")", e);
        }
    }
}
