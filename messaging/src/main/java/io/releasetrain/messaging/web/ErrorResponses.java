package io.releasetrain.messaging.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every exception a request can raise into a JSON {@link ApiError}: the caller's mistakes
 * into a 4xx that says what to fix, the system's into a 500 with an id to find it in the log.
 */
public class ErrorResponses {

    private static final Logger LOG = Logger.getLogger(ErrorResponses.class);

    /** Builds an error response with a JSON body. */
    public static Response respond(Response.Status status, String message, List<String> details) {
        return respond(status.getStatusCode(), status.getReasonPhrase(), message, details);
    }

    static Response respond(int status, String reason, String message, List<String> details) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(status, reason, message, details))
                .build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<String> details = e.getConstraintViolations().stream()
                .map(v -> lastNode(v.getPropertyPath().toString()) + ": " + v.getMessage())
                .sorted()
                .collect(Collectors.toList());
        return respond(Response.Status.BAD_REQUEST, "The request is not valid", details);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        String where = e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()
                ? " at '" + mismatch.getPath().stream()
                        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                        .collect(Collectors.joining(".")) + "'"
                : "";
        String what = e instanceof InvalidFormatException invalid
                ? "value '" + invalid.getValue() + "' is not a valid " + invalid.getTargetType().getSimpleName()
                : e.getOriginalMessage();
        return respond(Response.Status.BAD_REQUEST, "The request body is not valid JSON for this endpoint" + where,
                List.of(what));
    }

    // Quarkus ships mappers for these subtypes; ours must be as specific to win.
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response malformed(com.fasterxml.jackson.core.JsonParseException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response invalidRequest(InvalidRequestException e) {
        return respond(Response.Status.BAD_REQUEST, "The request is not valid", List.of(e.getMessage()));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return respond(Response.Status.UNAUTHORIZED, "A valid bearer token is required", List.of());
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return respond(Response.Status.UNAUTHORIZED, "The bearer token is missing, expired or not trusted", List.of());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Response.Status.FORBIDDEN, "Your token does not carry a role allowed to do this", List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        Response original = e.getResponse();
        if (original.hasEntity() && original.getEntity() instanceof ApiError) {
            return original;
        }
        Response.StatusType status = original.getStatusInfo();
        String message = e.getMessage() == null || e.getMessage().startsWith("HTTP ") ? status.getReasonPhrase() : e.getMessage();
        if (status.getStatusCode() >= 500) {
            return unexpected(e);
        }
        return respond(status.getStatusCode(), status.getReasonPhrase(), message, List.of());
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, incident %s", incident);
        return respond(Response.Status.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; quote incident " + incident + " when reporting it", List.of());
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
