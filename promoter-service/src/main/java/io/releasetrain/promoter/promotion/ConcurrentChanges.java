package io.releasetrain.promoter.promotion;

import io.releasetrain.messaging.web.ErrorResponses;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The last line behind {@link Contention}: a request whose row another writer changed under it, wherever that
 * surfaces, is a 409 saying to look again, never a 500.
 */
public class ConcurrentChanges {

    @ServerExceptionMapper
    public Response changed(OptimisticLockException e) {
        return ErrorResponses.respond(Response.Status.CONFLICT, "What this request changes was changed at the same "
                + "moment by another request or instance; look at it again and retry", List.of());
    }
}
