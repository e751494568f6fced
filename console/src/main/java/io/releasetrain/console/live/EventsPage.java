package io.releasetrain.console.live;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** The live event stream: the page of the latest events, and the server-sent events every page listens to. */
@Path("/")
@Authenticated
public class EventsPage {

    private final Template events;
    private final LiveFeed feed;

    EventsPage(@Location("events.html") Template events, LiveFeed feed) {
        this.events = events;
        this.feed = feed;
    }

    @GET
    @Path("events")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        return events.data("page", "events").data("events", feed.recent());
    }

    /** Every event from now on, as server-sent events of JSON {@link LiveEvent}s. */
    @GET
    @Path("live")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<LiveEvent> live() {
        return feed.stream();
    }
}
