package io.releasetrain.cli.ppc;

import com.fasterxml.jackson.databind.JsonNode;
import io.releasetrain.cli.CliFailure;
import io.releasetrain.cli.http.ServiceClient;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds a PPC by what a person types: its cloud id or its name (as in {@code FAKE-PPC-FOR-TESTING}).
 */
public final class PpcLookup {

    private PpcLookup() {
    }

    /**
     * The cloud id of the PPC called {@code ref} in a service's list of PPCs.
     *
     * @param list    GET /clouds of maintenance-service or GET /ppcs of ppc-updater-service
     * @param idField the field holding the cloud id ({@code id} or {@code cloudId})
     */
    public static JsonNode find(JsonNode list, String idField, String ref) {
        List<JsonNode> byName = new ArrayList<>();
        for (JsonNode ppc : list) {
            if (ref.equals(ppc.path(idField).asText())) {
                return ppc;
            }
            if (ref.equalsIgnoreCase(ppc.path("name").asText())) {
                byName.add(ppc);
            }
        }
        if (byName.size() == 1) {
            return byName.get(0);
        }
        if (byName.size() > 1) {
            throw CliFailure.refused("Several PPCs are called '" + ref + "': "
                    + byName.stream().map(p -> p.path(idField).asText()).toList() + ". Give the cloud id.");
        }
        throw CliFailure.refused("No PPC has the name or cloud id '" + ref + "'. See the fleet with: rt ppc list");
    }

    /** The cloud id of the PPC {@code ref}, looked up in maintenance-service's list. */
    public static String cloudIdInMaintenance(ServiceClient maintenance, String ref) {
        JsonNode clouds = maintenance.get("/clouds").send();
        return find(clouds, "id", ref).path("id").asText();
    }
}
