package io.releasetrain.cli.freeze;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.releasetrain.cli.CommandGroup;
import io.releasetrain.cli.RtCommand;
import io.releasetrain.cli.http.Service;
import io.releasetrain.cli.http.ServiceClient;
import io.releasetrain.cli.output.Json;
import io.releasetrain.cli.output.Table;
import io.releasetrain.cli.output.Times;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rt freeze}: calendar freezes in promoter-service ({@code /freezes}); no scheduled promotion starts in one. */
@Command(name = "freeze", description = "Freeze the release calendar for some environments, list freezes, end one.",
        subcommands = {FreezeCommand.Add.class, FreezeCommand.ListFreezes.class, FreezeCommand.End.class},
        footerHeading = "%nExamples:%n",
        footer = {"  rt freeze add staging production --from 2026-12-24T00:00:00Z --to 2027-01-02T00:00:00Z --reason holidays",
            "  rt freeze add production --from 1h --to 1d --weekly --reason 'Friday freeze'",
            "  rt freeze list --active", "  rt freeze end frz-12 --reason 'incident over'"})
public final class FreezeCommand extends CommandGroup {

    static final String WHO_MAY = "freezes need oncall-primary, oncall-secondary or release-admin.";

    /** {@code rt freeze add}. */
    @Command(name = "add", description = "Freeze environments from one time to another (optionally every week).")
    static final class Add extends RtCommand {
        @Parameters(arity = "1..*", paramLabel = "ENV", description = "the environments frozen, e.g. staging production")
        List<String> environments;
        @Option(names = "--from", required = true, paramLabel = "WHEN", description = "start: an instant, or from now (1h)")
        String from;
        @Option(names = "--to", required = true, paramLabel = "WHEN", description = "end: an instant, or from now (1d)")
        String to;
        @Option(names = "--weekly", description = "repeat every week")
        boolean weekly;
        @Option(names = {"-r", "--reason"}, required = true, description = "why; recorded with who")
        String reason;

        @Override
        protected void execute() {
            ObjectNode body = Json.object().put("start", Times.when(from, now(), "--from").toString())
                    .put("end", Times.when(to, now(), "--to").toString()).put("weekly", weekly).put("reason", reason);
            environments.forEach(body.putArray("environments")::add);
            JsonNode freeze = client(Service.PROMOTER).post("/freezes", body).whoMay(WHO_MAY).send();
            print(freeze, () -> {
                out().println("Froze " + String.join(", ", environments) + " (freeze " + text(freeze, "id") + ").");
                table(List.of(freeze)).print(out());
            });
        }
    }

    /** {@code rt freeze list}. */
    @Command(name = "list", description = "Freezes, with whether each is in force now.")
    static final class ListFreezes extends RtCommand {
        @Option(names = "--active", description = "only those in force now")
        boolean active;

        @Override
        protected void execute() {
            JsonNode freezes = client(Service.PROMOTER).get("/freezes").query("active", active ? true : null).send();
            print(freezes, () -> {
                java.util.List<JsonNode> all = new java.util.ArrayList<>();
                freezes.forEach(all::add);
                table(all).print(out());
            });
        }
    }

    /** {@code rt freeze end}. */
    @Command(name = "end", description = "End a freeze now.")
    static final class End extends RtCommand {
        @Parameters(paramLabel = "FREEZE", description = "the freeze's id (rt freeze list)")
        String freeze;
        @Option(names = {"-r", "--reason"}, required = true, description = "why; recorded with who")
        String reason;

        @Override
        protected void execute() {
            JsonNode ended = client(Service.PROMOTER).post("/freezes/" + ServiceClient.segment(freeze) + "/end",
                    Json.object().put("reason", reason)).whoMay(WHO_MAY).whenMissing("See the freezes with: rt freeze list").send();
            print(ended, () -> {
                out().println("Ended freeze " + freeze + ".");
                table(List.of(ended)).print(out());
            });
        }
    }

    private static Table table(List<JsonNode> freezes) {
        Table table = Table.of("FREEZE", "ENVIRONMENTS", "FROM", "TO", "WEEKLY", "ACTIVE", "BY", "REASON");
        for (JsonNode f : freezes) {
            List<String> envs = new java.util.ArrayList<>();
            f.path("environments").forEach(e -> envs.add(e.asText()));
            table.row(Json.text(f, "id"), String.join(",", envs), Times.format(Json.text(f, "start")),
                    Times.format(Json.text(f, "end")), f.path("weekly").asBoolean() ? "yes" : "no",
                    f.path("active").asBoolean() ? "yes" : "no", Json.text(f, "createdBy"), Json.text(f, "reason"));
        }
        return table;
    }
}
