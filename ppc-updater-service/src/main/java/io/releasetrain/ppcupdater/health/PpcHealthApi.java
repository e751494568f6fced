package io.releasetrain.ppcupdater.health;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * A PPC's health endpoint. Every PPC has its own address, so {@link PpcHealthClient} builds one client per
 * health URL ({@code {endpoint}{health-path}}) instead of injecting this one.
 */
@RegisterRestClient(configKey = "ppc-health")
interface PpcHealthApi {

    @GET
    Response check();
}
