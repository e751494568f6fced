package io.releasetrain.promoter.promotion;

import io.releasetrain.messaging.remote.RemoteException;
import io.releasetrain.messaging.web.ErrorResponses;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A REST call that needed GitHub and could not get it done: 502 saying what GitHub did, never a 500. */
public class RemoteFailures {

    @ServerExceptionMapper
    public Response remote(RemoteException e) {
        return ErrorResponses.respond(Response.Status.BAD_GATEWAY, e.getMessage(), List.of());
    }
}
