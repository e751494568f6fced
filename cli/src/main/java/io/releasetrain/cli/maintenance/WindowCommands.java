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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Maintenance windows booked ahead ({@code /maintenance-windows} of maintenance-service). */
final class WindowCommands {

    private WindowCommands() {
    }

    /** {@code rt maintenance book}. */
    @Command(name = "book", description = "Book a maintenance window for a PPC or an organisation.",
            footerHeading = "%nExample:%n",
            footer = "  rt maintenance book FAKE-PPC-FOR-TESTING --from 1h --to 3h --reason 'disk upgrade'")
    static final class Book extends RtCommand {
        @Parameters(arity = "0..1", paramLabel = "PPC", description = "the PPC's name or cloud id")
        String ppc;
        @Option(names = "--org", paramLabel = "ORG", description = "every PPC of this organisation instead")
        String org;
        @Option(names = "--from", required = true, paramLabel = "WHEN", description = "start: an instant, or from now (1h)")
        String from;
        @Option(names = "--to", required = true, paramLabel = "WHEN", description = "end: an instant, or from now (3h)")
        String to;
        @Option(names = {"-r", "--reason"}, required = true, description = "why")
        String reason;

        @Override
        protected void execute() {
            requireOneTarget(ppc, org);
            ServiceClient maintenance = client(Service.MAINTENANCE);
            ObjectNode body = Json.object()
                    .put("startsAt", Times.when(from, now(), "--from").toString())
                    .put("endsAt", Times.when(to, now(), "--to").toString())
                    .put("reason", reason);
            if (org != null) {
                body.put("orgId", org);
            } else {
                body.put("cloudId", PpcLookup.cloudIdInMaintenance(maintenance, ppc));
            }
            JsonNode window = maintenance.post("/maintenance-windows", body).whoMay(FlagChange.WHO_MAY).send();
            print(window, () -> {
                out().println("Booked maintenance window " + text(window, "id") + ".");
                table(window).print(out());
            });
        }
    }

    /** {@code rt maintenance windows}. */
    @Command(name = "windows", description = "List maintenance windows, latest start first.")
    static final class ListWindows extends RtCommand {
        @Option(names = "--ppc", paramLabel = "PPC", description = "the windows affecting this PPC (name or cloud id)")
        String ppc;
        @Option(names = "--org", paramLabel = "ORG", description = "this organisation's windows")
        String org;
        @Option(names = "--status", description = "BOOKED, ACTIVE, ENDED, CANCELLED or MISSED")
        String status;

        @Override
        protected void execute() {
            ServiceClient maintenance = client(Service.MAINTENANCE);
            String cloudId = ppc == null ? null : PpcLookup.cloudIdInMaintenance(maintenance, ppc);
            JsonNode windows = maintenance.get("/maintenance-windows").query("cloudId", cloudId).query("orgId", org)
                    .query("status", status).send();
            print(windows, () -> {
                Table table = table(null);
                windows.forEach(window -> addRow(table, window));
                table.print(out());
            });
        }
    }

    /** {@code rt maintenance cancel}. */
    @Command(name = "cancel", description = "Cancel a booked or active window; PPCs it holds come out of maintenance now.")
    static final class Cancel extends RtCommand {
        @Parameters(paramLabel = "WINDOW", description = "the window's id (rt maintenance windows)")
        String window;
        @Option(names = {"-r", "--reason"}, required = true, description = "why")
        String reason;

        @Override
        protected void execute() {
            JsonNode cancelled = client(Service.MAINTENANCE)
                    .post("/maintenance-windows/" + ServiceClient.segment(window) + "/cancel",
                            Json.object().put("reason", reason))
                    .whoMay(FlagChange.WHO_MAY).whenMissing("See the windows with: rt maintenance windows").send();
            print(cancelled, () -> {
                out().println("Cancelled maintenance window " + window + ".");
                table(cancelled).print(out());
            });
        }
    }

    private static Table table(JsonNode window) {
        Table table = Table.of("WINDOW", "TARGET", "STATUS", "STARTS", "ENDS", "BOOKED BY", "REASON");
        if (window != null) {
            addRow(table, window);
        }
        return table;
    }

    private static void addRow(Table table, JsonNode w) {
        String target = Json.text(w, "cloudId") != null ? "ppc " + Json.text(w, "cloudId") : "org " + Json.text(w, "orgId");
        table.row(Json.text(w, "id"), target, Json.text(w, "status"), Times.format(Json.text(w, "startsAt")),
                Times.format(Json.text(w, "endsAt")), Json.text(w, "bookedBy"), Json.text(w, "reason"));
    }
}
