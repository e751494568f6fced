package io.releasetrain.maintenance.web;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.releasetrain.messaging.web.ErrorResponses;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The 400 answers specific to this service, in the same JSON shape as the shared mappers in
 * {@link ErrorResponses}: {@code message} says the request is not valid, {@code details} name the field.
 */
public class RequestErrors {

    static final String NOT_VALID = "The request is not valid";

    /**
     * Unknown fields are refused (quarkus.jackson.fail-on-unknown-properties): a misspelt
     * {@code expiresAt} must not silently set maintenance with no expiry.
     */
    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e) {
        String known = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream()
                .map(String::valueOf).sorted().collect(Collectors.joining(", "));
        return ErrorResponses.respond(Response.Status.BAD_REQUEST, NOT_VALID,
                List.of(e.getPropertyName() + ": is not a field of this request; known fields: " + known));
    }
}
