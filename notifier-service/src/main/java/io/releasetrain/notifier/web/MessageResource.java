package io.releasetrain.notifier.web;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.Authenticated;
import io.releasetrain.messaging.security.Roles;
import io.releasetrain.messaging.web.ErrorResponses;
import io.releasetrain.notifier.delivery.OutgoingMessage;
import io.releasetrain.notifier.delivery.SlackSender;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Messages Slack refused for good: listed for anyone signed in, sent again by on-call. */
@Path("/messages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "messages", description = "Slack messages the notifier could not deliver")
@SecurityRequirement(name = "jwt")
public class MessageResource {

    private final SlackSender sender;
    private final Clock clock;

    MessageResource(SlackSender sender, Clock clock) {
        this.sender = sender;
        this.clock = clock;
    }

    @GET
    @Path("/dead")
    @Authenticated
    @Operation(summary = "Dead messages, newest first, with the reason Slack gave")
    public List<MessageView> dead(@QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return QuarkusTransaction.requiringNew().call(() -> OutgoingMessage
                .find("status = ?1 order by id desc", OutgoingMessage.Status.DEAD)
                .page(0, limit).list().stream()
                .map(message -> MessageView.of((OutgoingMessage) message))
                .toList());
    }

    @POST
    @Path("/{id}/retry")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ONCALL_PRIMARY, Roles.ONCALL_SECONDARY, Roles.RELEASE_ADMIN})
    @Operation(summary = "Send a dead message again, in its place in its channel's order")
    @APIResponse(responseCode = "200", description = "Queued again")
    @APIResponse(responseCode = "404", description = "No such message")
    @APIResponse(responseCode = "409", description = "The message is not dead")
    public Response retry(@PathParam("id") long id, @Valid @NotNull RetryRequest request,
            @jakarta.ws.rs.core.Context SecurityContext caller) {
        String who = caller.getUserPrincipal().getName();
        Response answer = QuarkusTransaction.requiringNew().call(() -> {
            // Plain FOR UPDATE: Hibernate's lock renders FOR UPDATE OF alias, which MariaDB rejects.
            Panache.getEntityManager().createNativeQuery("SELECT id FROM slack_message WHERE id = ?1 FOR UPDATE")
                    .setParameter(1, id).getResultList();
            OutgoingMessage message = OutgoingMessage.findById(id);
            if (message == null) {
                return ErrorResponses.respond(Response.Status.NOT_FOUND, "No message " + id, List.of());
            }
            if (message.status != OutgoingMessage.Status.DEAD) {
                return ErrorResponses.respond(Response.Status.CONFLICT,
                        "Message " + id + " is " + message.status + "; only dead messages can be retried", List.of());
            }
            message.status = OutgoingMessage.Status.PENDING;
            message.nextAttemptMs = clock.millis();
            message.retriedBy = who;
            message.retryReason = request.reason();
            return Response.ok(MessageView.of(message)).build();
        });
        sender.wake();
        return answer;
    }
}
