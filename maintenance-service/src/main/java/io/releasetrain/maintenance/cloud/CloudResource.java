package io.releasetrain.maintenance.cloud;

import io.quarkus.security.Authenticated;
import io.releasetrain.maintenance.flags.HoldStore;
import io.releasetrain.maintenance.flags.HoldView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Read access to PPCs, their flags and why the flags are on. */
@Path("/clouds")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "PPCs", description = "The PPCs this service holds flags for, kept in step with the fleet registry")
public class CloudResource {

    private final HoldStore holds;

    CloudResource(HoldStore holds) {
        this.holds = holds;
    }

    @GET
    @Operation(summary = "PPCs and their flags, optionally one organization's")
    public List<CloudView> list(@QueryParam("orgId") String orgId) {
        List<Cloud> clouds = orgId == null ? Cloud.list("order by id") : Cloud.list("orgId = ?1 order by id", orgId);
        Map<String, List<HoldView>> holdsByCloud = holds.forClouds(clouds.stream().map(c -> c.id).toList()).stream()
                .collect(Collectors.groupingBy(HoldStore.CloudHold::cloudId,
                        Collectors.mapping(h -> HoldView.of(h.hold()), Collectors.toList())));
        return clouds.stream().map(c -> CloudView.of(c, holdsByCloud.getOrDefault(c.id, List.of()))).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One PPC, its flags and why they are on")
    @APIResponse(responseCode = "404", description = "No such PPC")
    public CloudView get(@PathParam("id") String id) {
        Cloud cloud = Cloud.findById(id);
        if (cloud == null) {
            throw new NotFoundException("No PPC with cloud id '" + id + "'");
        }
        return CloudView.of(cloud, holds.forClouds(List.of(id)).stream().map(h -> HoldView.of(h.hold())).toList());
    }
}
