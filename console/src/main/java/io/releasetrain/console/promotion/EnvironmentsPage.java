package io.releasetrain.console.promotion;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.releasetrain.console.web.Reasons;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The Environments page: what each environment runs, since when and by which promotion, its recent history, and
 * the promotion in flight into it with its timeline, checks and links. Live from release, CI and SCM events.
 */
@Path("/environments")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class EnvironmentsPage {

    /** How many history lines each environment shows. */
    static final int HISTORY_SHOWN = 8;

    /** One environment with what the page shows about it. */
    public record Board(Environment env, Promotion inFlight, List<HistoryEntry> history, boolean first) {
    }

    private final Template environments;
    private final Template promotion;
    private final PromoterClient client;

    EnvironmentsPage(@Location("environments.html") Template environments, @Location("promotion.html") Template promotion,
            PromoterClient client) {
        this.environments = environments;
        this.promotion = promotion;
        this.client = client;
    }

    @GET
    public TemplateInstance page() {
        return environments.data("page", "environments").data("boards", boards()).data("notice", null);
    }

    /** The boards alone, fetched again when a promotion, a build or a push moves. */
    @GET
    @Path("/boards")
    public TemplateInstance boardsFragment() {
        return environments.getFragment("boards").data("boards", boards());
    }

    /** Rolls an environment back; shows the rollback's promotion. */
    @POST
    @Path("/{name}/rollback")
    public TemplateInstance rollback(@PathParam("name") String name, @RestForm String release, @RestForm String reason) {
        Rollback rollback = client.rollback(name, release == null || release.isBlank() ? null : release.strip(),
                Reasons.required(reason));
        return promotion.data("page", "promotions").data("p", client.promotion(rollback.promotionId()))
                .data("notice", "Rolling " + name + " back to " + Promotion.shortSha(rollback.toSha()) + " (rollback "
                        + rollback.id() + "): this promotion takes it there once approved.");
    }

    private List<Board> boards() {
        List<Environment> all = client.environments();
        return all.stream().map(env -> new Board(env,
                env.inFlightPromotionId() == null ? null : client.promotion(env.inFlightPromotionId()),
                client.history(env.name(), HISTORY_SHOWN), env.order() == all.get(0).order())).toList();
    }
}
