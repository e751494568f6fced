package io.releasetrain.promoter.promotion;

import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The environments: what each runs, since when, by which promotion, and the promotion in flight into it. */
@Path("/environments")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Environments", description = "testing, staging, production and what they run")
public class EnvironmentResource {

    /** One environment as the REST API shows it; sha, since and promotionId are null until a promotion deployed it. */
    public record EnvironmentView(String name, String branch, int order, boolean requiresApproval, List<String> checks,
            String sha, Instant since, String promotionId, String inFlightPromotionId, PromotionState inFlightState) {
    }

    private final Environments environments;

    EnvironmentResource(Environments environments) {
        this.environments = environments;
    }

    @GET
    @Operation(summary = "Every environment in train order, with what it runs")
    @Transactional
    public List<EnvironmentView> list() {
        return environments.all().stream().map(env -> {
            EnvironmentDeployment deployed = EnvironmentDeployment.findById(env.name());
            Promotion inFlight = Promotion.inFlightInto(env.name()).orElse(null);
            return new EnvironmentView(env.name(), env.branch(), env.config().order(), env.config().requiresApproval(),
                    env.checks(), deployed == null ? null : deployed.sha, deployed == null ? null : deployed.since,
                    deployed == null ? null : deployed.promotionId, inFlight == null ? null : inFlight.id,
                    inFlight == null ? null : inFlight.state);
        }).toList();
    }
}
