package io.releasetrain.cli.maintenance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.releasetrain.cli.RtCommand;
import io.releasetrain.cli.http.Service;
import io.releasetrain.cli.http.ServiceClient;
import io.releasetrain.cli.output.Json;
import io.releasetrain.cli.output.Table;
import io.releasetrain.cli.output.Times;
import io.releasetrain.cli.ppc.PpcLookup;
import java.time.Instant;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Sets or clears one flag bit on one PPC or on every PPC of an organisation, through maintenance-service
 * ({@code PUT /clouds/{id}/flags/{flag}} or {@code PUT /orgs/{org}/flags/{flag}}). Only that bit changes.
 */
abstract class FlagChange extends RtCommand {

    static final String WHO_MAY = "changing flags needs oncall-primary, oncall-secondary or ppc-operator.";

    @Parameters(index = "0", arity = "0..1", paramLabel = "PPC", description = "the PPC's name or cloud id")
    String ppc;

    @Option(names = "--org", paramLabel = "ORG", description = "every PPC of this organisation (its id) instead")
    String org;

    @Option(names = {"-r", "--reason"}, required = true, paramLabel = "REASON",
            description = "why; kept in the audit trail and said in Slack")
    String reason;

    private final String flag;
    private final boolean set;

    FlagChange(String flag, boolean set) {
        this.flag = flag;
        this.set = set;
    }

    /** When the flag clears by itself; only for setting. */
    Instant until() {
        return null;
    }

    @Override
    protected void execute() {
        requireOneTarget(ppc, org);
        ServiceClient maintenance = client(Service.MAINTENANCE);
        ObjectNode body = Json.object().put("set", set).put("reason", reason);
        Instant until = until();
        if (until != null) {
            body.put("expiresAt", until.toString());
        }
        String path = org != null
                ? "/orgs/" + ServiceClient.segment(org) + "/flags/" + flag
                : "/clouds/" + ServiceClient.segment(PpcLookup.cloudIdInMaintenance(maintenance, ppc)) + "/flags/" + flag;
        JsonNode answer = maintenance.put(path, body).whoMay(WHO_MAY)
                .whenMissing("See the fleet with: rt ppc list").send();
        print(answer, () -> render(answer));
    }

    private void render(JsonNode answer) {
        out().println(text(answer, "message"));
        Table table = Table.of("PPC", "CLOUD ID", "FLAGS", "OUTCOME", "HELD BY", "UNTIL");
        for (JsonNode changed : answer.path("changed")) {
            table.row(text(changed, "name"), text(changed, "cloudId"),
                    Flags.hex(changed.path("flagsBefore").asLong()) + " -> " + Flags.hex(changed.path("flagsAfter").asLong()),
                    set ? "set" : "cleared", text(answer, "actor"), Times.format(text(answer, "expiresAt")));
        }
        for (JsonNode unchanged : answer.path("unchanged")) {
            JsonNode hold = unchanged.path("hold");
            table.row(text(unchanged, "name"), text(unchanged, "cloudId"), Flags.hex(unchanged.path("flags").asLong()),
                    set ? "already set" : "already clear", text(hold, "setBy"), Times.format(text(hold, "expiresAt")));
        }
        if (!table.isEmpty()) {
            table.print(out());
        }
    }
}
