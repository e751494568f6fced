package io.releasetrain.cli.ppc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.releasetrain.cli.RtCommand;
import io.releasetrain.cli.http.Service;
import io.releasetrain.cli.http.ServiceClient;
import io.releasetrain.cli.output.Json;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rt ppc change}: a PPC's registry entry ({@code PATCH /ppcs/{id}}); fields not given stay. */
@Command(name = "change", description = "Change a PPC's endpoint, region, environment, recorded version or health path.",
        footerHeading = "%nExample:%n",
        footer = "  rt ppc change learningmachine-ppc-malta --endpoint https://xxxx.execute-api.eu-west-1.amazonaws.com/stage/ --reason 'new API stage'")
final class PpcChangeCommand extends RtCommand {

    @Parameters(paramLabel = "PPC", description = "the PPC's name or cloud id")
    String ppc;
    @Option(names = "--endpoint", paramLabel = "URL")
    String endpoint;
    @Option(names = "--region", paramLabel = "REGION")
    String region;
    @Option(names = "--environment", paramLabel = "ENV")
    String environment;
    @Option(names = "--version", paramLabel = "V", description = "the PPC version it runs now")
    String version;
    @Option(names = "--health-path", paramLabel = "PATH")
    String healthPath;
    @Option(names = {"-r", "--reason"}, required = true, description = "why; recorded with who")
    String reason;

    @Override
    protected void execute() {
        Map<String, String> fields = new TreeMap<>();
        fields.put("endpoint", endpoint);
        fields.put("region", region);
        fields.put("environment", environment);
        fields.put("version", version);
        fields.put("healthPath", healthPath);
        fields.values().removeIf(v -> v == null);
        if (fields.isEmpty()) {
            throw usage("Name at least one of --endpoint, --region, --environment, --version, --health-path.");
        }
        ServiceClient fleet = client(Service.PPC_UPDATER);
        String cloudId = PpcLookup.find(fleet.get("/ppcs").send(), "cloudId", ppc).path("cloudId").asText();
        ObjectNode body = Json.object().put("reason", reason);
        fields.forEach(body::put);
        JsonNode changed = fleet.patch("/ppcs/" + ServiceClient.segment(cloudId), body)
                .whoMay("changing a PPC needs org-admin, ppc-operator or release-admin.").send();
        print(changed, () -> out().println("Changed " + text(changed, "name") + ": " + String.join(", ", fields.keySet())
                + " (by " + text(changed, "updatedBy") + ")."));
    }
}
