package io.releasetrain.console.web;

import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The start page, signing out, and the page after it. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class Session {

    private final OidcSession session;
    private final Template signedOut;

    Session(OidcSession session, @Location("signed-out.html") Template signedOut) {
        this.session = session;
        this.signedOut = signedOut;
    }

    @GET
    @Authenticated
    public Response start() {
        return Response.seeOther(URI.create("/environments")).build();
    }

    /** Ends the console's session (the provider's own session is the provider's). */
    @POST
    @Path("signout")
    @Authenticated
    public Uni<Response> signOut() {
        return session.logout().map(ignored -> Response.seeOther(URI.create("/signed-out")).build());
    }

    @GET
    @Path("signed-out")
    @PermitAll
    public TemplateInstance signedOut() {
        return signedOut.instance();
    }
}
