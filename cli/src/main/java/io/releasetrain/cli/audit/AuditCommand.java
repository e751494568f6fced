package io.releasetrain.cli.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.releasetrain.cli.RtCommand;
import io.releasetrain.cli.http.Service;
import io.releasetrain.cli.http.ServiceClient;
import io.releasetrain.cli.output.Json;
import io.releasetrain.cli.output.Table;
import io.releasetrain.cli.output.Times;
import io.releasetrain.cli.ppc.PpcLookup;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rt audit}: who changed which flag of which PPC, when and why (maintenance-service's
 * {@code GET /flag-changes}, paged with {@code before} until {@code --since} or {@code --limit} is reached).
 */
@Command(name = "audit", description = "The audit trail of flag changes of a PPC or an organisation, newest first.",
        footerHeading = "%nExamples:%n",
        footer = {"  rt audit FAKE-PPC-FOR-TESTING --since 7d", "  rt audit --org feacc792 --limit 20 -o json"})
public final class AuditCommand extends RtCommand {

    private static final int PAGE = 200;

    @Parameters(arity = "0..1", paramLabel = "PPC", description = "the PPC's name or cloud id")
    String ppc;

    @Option(names = "--org", paramLabel = "ORG", description = "every PPC of this organisation instead")
    String org;

    @Option(names = "--since", paramLabel = "WHEN", description = "only changes since: an instant, or ago (7d, 12h)")
    String since;

    @Option(names = "--limit", paramLabel = "N", description = "at most this many entries (default: ${DEFAULT-VALUE})")
    int limit = 50;

    @Override
    protected void execute() {
        requireOneTarget(ppc, org);
        if (limit < 1) {
            throw usage("--limit must be at least 1.");
        }
        ServiceClient maintenance = client(Service.MAINTENANCE);
        String cloudId = ppc == null ? null : PpcLookup.cloudIdInMaintenance(maintenance, ppc);
        Instant from = since == null ? null : Times.since(since, now(), "--since");
        ArrayNode entries = collect(maintenance, cloudId, from);
        print(entries, () -> {
            Table table = Table.of("WHEN", "PPC", "FLAG", "ACTION", "FLAGS", "WHO", "REASON");
            entries.forEach(e -> table.row(Times.format(text(e, "changedAt")), text(e, "cloudId"), text(e, "flag"),
                    text(e, "action"), "0x" + Long.toHexString(e.path("flagsBefore").asLong()) + " -> 0x"
                            + Long.toHexString(e.path("flagsAfter").asLong()),
                    text(e, "actor"), text(e, "reason")));
            table.print(out());
        });
    }

    private ArrayNode collect(ServiceClient maintenance, String cloudId, Instant from) {
        ArrayNode entries = Json.mapper().createArrayNode();
        String before = null;
        while (entries.size() < limit) {
            int asked = Math.min(PAGE, limit - entries.size());
            JsonNode page = maintenance.get("/flag-changes").query("cloudId", cloudId).query("orgId", org)
                    .query("limit", asked).query("before", before).send();
            for (JsonNode entry : page) {
                Instant at = Times.parse(text(entry, "changedAt"));
                if (from != null && at != null && at.isBefore(from)) {
                    return entries;
                }
                entries.add(entry);
                before = text(entry, "id");
            }
            if (page.size() < asked) {
                return entries;
            }
        }
        return entries;
    }
}
