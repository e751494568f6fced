package io.releasetrain.console.promotion;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The Promotions pages: the latest promotions, and one promotion's timeline with approve, abandon and take a fix
 * for the roles its target allows (promoter-service decides for real: 403 otherwise).
 */
@Path("/promotions")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class PromotionPage {

    private static final int LISTED = 100;

    private final Template promotions;
    private final Template promotion;
    private final PromoterClient client;

    PromotionPage(@Location("promotions.html") Template promotions, @Location("promotion.html") Template promotion,
            PromoterClient client) {
        this.promotions = promotions;
        this.promotion = promotion;
        this.client = client;
    }

    @GET
    public TemplateInstance list(@QueryParam("target") String target) {
        String chosen = target == null || target.isBlank() ? null : target.strip();
        return promotions.data("page", "promotions").data("target", chosen).data("environments", client.environments())
                .data("promotions", client.promotions(chosen, LISTED));
    }

    /** The list alone, fetched again when a promotion moves. */
    @GET
    @Path("/list")
    public TemplateInstance listFragment(@QueryParam("target") String target) {
        String chosen = target == null || target.isBlank() ? null : target.strip();
        return promotions.getFragment("list").data("promotions", client.promotions(chosen, LISTED));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance one(@PathParam("id") String id) {
        return page(client.promotion(id), null);
    }

    /** The timeline and controls alone, fetched again when the promotion, its checks or its builds move. */
    @GET
    @Path("/{id}/detail")
    public TemplateInstance detail(@PathParam("id") String id) {
        return promotion.getFragment("detail").data("p", client.promotion(id));
    }

    @POST
    @Path("/{id}/{action}")
    public TemplateInstance act(@PathParam("id") String id, @PathParam("action") String action, @RestForm String reason,
            @RestForm String ref) {
        PromotionAction chosen = PromotionAction.byPath(action)
                .orElseThrow(() -> new FormException("There is no promotion action '" + action + "'."));
        String why = Reasons.required(reason);
        Promotion after;
        if (chosen.needsRef()) {
            if (ref == null || ref.isBlank()) {
                throw new FormException("Name the fix to take: a branch or a commit SHA.");
            }
            after = client.takeFix(id, ref.strip(), why);
        } else {
            after = client.decide(id, chosen, why);
        }
        return page(after, chosen.label() + ": done. The promotion is " + after.state() + ".");
    }

    private TemplateInstance page(Promotion p, String notice) {
        return promotion.data("page", "promotions").data("p", p).data("notice", notice);
    }
}
