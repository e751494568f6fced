package io.releasetrain.console.rollout;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.releasetrain.console.web.FormException;
import io.releasetrain.console.web.Reasons;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestForm;

/** The Rollouts pages: every customer rollout, and one rollout's waves and PPCs with the controls on-call may use. */
@Path("/rollouts")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class RolloutPage {

    private final Template rollouts;
    private final Template rollout;
    private final RolloutClient client;

    RolloutPage(@Location("rollouts.html") Template rollouts, @Location("rollout.html") Template rollout,
            RolloutClient client) {
        this.rollouts = rollouts;
        this.rollout = rollout;
        this.client = client;
    }

    @GET
    public TemplateInstance list() {
        return rollouts.data("page", "rollouts").data("rollouts", client.rollouts());
    }

    /** The list alone, fetched again when a rollout moves. */
    @GET
    @Path("/list")
    public TemplateInstance listFragment() {
        return rollouts.getFragment("list").data("rollouts", client.rollouts());
    }

    @GET
    @Path("/{id}")
    public TemplateInstance one(@PathParam("id") String id) {
        return page(client.rollout(id), null);
    }

    /** The waves and PPCs alone, fetched again when a rollout or a PPC update moves. */
    @GET
    @Path("/{id}/detail")
    public TemplateInstance detail(@PathParam("id") String id) {
        return rollout.getFragment("detail").data("r", client.rollout(id));
    }

    @POST
    @Path("/{id}/{action}")
    public TemplateInstance act(@PathParam("id") String id, @PathParam("action") String action, @RestForm String reason) {
        RolloutAction chosen = RolloutAction.byPath(action, false)
                .orElseThrow(() -> new FormException("There is no rollout action '" + action + "'."));
        Rollout after = client.act(id, chosen, Reasons.required(reason));
        return page(after, chosen.label() + ": done. The rollout is " + after.state() + ".");
    }

    @POST
    @Path("/{id}/ppcs/{cloudId}/{action}")
    public TemplateInstance actOnPpc(@PathParam("id") String id, @PathParam("cloudId") String cloudId,
            @PathParam("action") String action, @RestForm String reason) {
        RolloutAction chosen = RolloutAction.byPath(action, true)
                .orElseThrow(() -> new FormException("There is no action '" + action + "' on a PPC of a rollout."));
        Rollout after = client.actOnPpc(id, cloudId, chosen, Reasons.required(reason));
        return page(after, chosen.label() + " PPC " + cloudId + ": done.");
    }

    private TemplateInstance page(Rollout r, String notice) {
        return rollout.data("page", "rollouts").data("r", r).data("notice", notice);
    }
}
