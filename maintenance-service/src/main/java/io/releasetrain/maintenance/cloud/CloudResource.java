package io.releasetrain.maintenance.cloud;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Read access to PPCs and their flags. */
@Path("/clouds")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class CloudResource {

    @GET
    @Operation(summary = "PPCs and their flags, optionally one organization's")
    public List<CloudView> list(@QueryParam("orgId") String orgId) {
        List<Cloud> clouds = orgId == null ? Cloud.listAll() : Cloud.list("orgId", orgId);
        return clouds.stream().map(CloudView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One PPC and its flags")
    public CloudView get(@PathParam("id") String id) {
        Cloud cloud = Cloud.findById(id);
        if (cloud == null) {
            throw new NotFoundException("No PPC with cloud id '" + id + "'");
        }
        return CloudView.of(cloud);
    }
}
