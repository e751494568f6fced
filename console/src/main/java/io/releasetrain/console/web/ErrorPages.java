package io.releasetrain.console.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.releasetrain.console.remote.ServiceRefusedException;
import io.releasetrain.messaging.remote.RemoteException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * What the user sees when an action or a page could not be done: the service's refusal with its status
 * (403 when the role may not, 400 when the input is wrong, ...), or 503 when a service cannot be reached.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    private final Template error;

    ErrorPages(@Location("error.html") Template error) {
        this.error = error;
    }

    @ServerExceptionMapper
    public Response refused(ServiceRefusedException e, HttpHeaders headers) {
        String heading = e.status() == 403 ? "Not allowed" : "Not done";
        return page(e.status(), heading, e.explanation(), e.details(), headers);
    }

    @ServerExceptionMapper
    public Response invalidForm(FormException e, HttpHeaders headers) {
        return page(400, "Not done", e.getMessage(), List.of(), headers);
    }

    @ServerExceptionMapper
    public Response unavailable(RemoteException e, HttpHeaders headers) {
        LOG.warnf("A service call failed: %s", e.getMessage());
        return page(503, "Service unavailable", e.getMessage() + ". Try again in a moment.", List.of(), headers);
    }

    private Response page(int status, String heading, String message, List<String> details, HttpHeaders headers) {
        String back = headers.getHeaderString("Referer");
        String html = error.data("page", "").data("status", status).data("heading", heading).data("message", message)
                .data("details", details).data("back", back == null || back.isBlank() ? "/" : back).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }
}
