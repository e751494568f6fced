package io.releasetrain.notifier.slack;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The Slack Web API methods the notifier calls, as Slack documents them: JSON bodies for the write methods,
 * query arguments for the reads, the bot token as a bearer token. Base URL:
 * {@code quarkus.rest-client.slack.url}. Only {@link SlackClient} uses it.
 */
@RegisterRestClient(configKey = "slack")
@RegisterProvider(SlackStatusMapper.class)
@Produces(MediaType.APPLICATION_JSON)
interface SlackApi {

    @POST
    @Path("/chat.postMessage")
    @Consumes("application/json; charset=utf-8")
    SlackAnswer postMessage(@HeaderParam("Authorization") String authorization, SlackPost body);

    @POST
    @Path("/chat.update")
    @Consumes("application/json; charset=utf-8")
    SlackAnswer update(@HeaderParam("Authorization") String authorization, SlackUpdate body);

    @GET
    @Path("/conversations.history")
    SlackAnswer history(@HeaderParam("Authorization") String authorization, @QueryParam("channel") String channel,
            @QueryParam("oldest") String oldest, @QueryParam("inclusive") boolean inclusive,
            @QueryParam("limit") int limit, @QueryParam("include_all_metadata") boolean includeAllMetadata);

    @GET
    @Path("/conversations.replies")
    SlackAnswer replies(@HeaderParam("Authorization") String authorization, @QueryParam("channel") String channel,
            @QueryParam("ts") String threadTs, @QueryParam("oldest") String oldest,
            @QueryParam("inclusive") boolean inclusive, @QueryParam("limit") int limit,
            @QueryParam("include_all_metadata") boolean includeAllMetadata);

    @GET
    @Path("/conversations.list")
    SlackAnswer channels(@HeaderParam("Authorization") String authorization, @QueryParam("types") String types,
            @QueryParam("exclude_archived") boolean excludeArchived, @QueryParam("limit") int limit,
            @QueryParam("cursor") String cursor);
}
