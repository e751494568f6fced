package io.releasetrain.cli.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.releasetrain.cli.CliFailure;
import io.releasetrain.cli.RtCommand;
import io.releasetrain.cli.http.Service;
import io.releasetrain.cli.output.Json;
import io.releasetrain.cli.output.Table;
import io.releasetrain.cli.output.Times;
import io.releasetrain.cli.promotion.PromotionText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.Command;

/**
 * {@code rt status}: the train at a glance, one section per service asked. A section whose service cannot be
 * reached says so; the others still print, and the exit code is that of the first failure.
 */
@Command(name = "status", description = "The train at a glance: environments, promotions in flight, rollouts, PPCs in maintenance, windows.",
        footerHeading = "%nExamples:%n", footer = {"  rt status", "  rt status -o json | jq '.rollouts[].state'"})
public final class StatusCommand extends RtCommand {

    private final List<CliFailure> failures = new ArrayList<>();

    @Override
    protected void execute() {
        ObjectNode status = Json.object();
        status.set("environments", section(() -> client(Service.PROMOTER).get("/environments").send()));
        status.set("rollouts", section(() -> inProgress(client(Service.PPC_UPDATER).get("/rollouts").send())));
        status.set("maintenance", section(() -> client(Service.PPC_UPDATER).get("/ppcs").query("maintenance", true).send()));
        status.set("windows", section(() -> upcoming(client(Service.MAINTENANCE).get("/maintenance-windows").send())));
        print(status, () -> render(status));
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }

    /** The section's answer, or JSON null when its service refused or could not be reached. */
    private JsonNode section(Supplier<JsonNode> read) {
        try {
            return read.get();
        } catch (CliFailure failure) {
            failures.add(failure);
            return Json.mapper().nullNode();
        }
    }

    private void render(ObjectNode status) {
        renderEnvironments(status.get("environments"));
        JsonNode rollouts = status.get("rollouts");
        out().println("ROLLOUTS IN PROGRESS");
        if (rollouts.isNull()) {
            out().println("  (ppc-updater-service could not be asked)");
        } else if (rollouts.isEmpty()) {
            out().println("  none");
        } else {
            rollouts.forEach(r -> out().println("  " + text(r, "rolloutId") + "  " + text(r, "state") + "  release "
                    + text(r, "version") + "  wave " + (r.path("currentWave").asInt() + 1) + "/"
                    + r.path("waveCount").asInt() + "  " + r.path("total").path("succeeded").asInt() + "/"
                    + r.path("total").path("size").asInt() + " updated, " + r.path("total").path("failed").asInt()
                    + " failed"));
        }
        out().println();
        out().println("PPCS IN MAINTENANCE");
        JsonNode maintenance = status.get("maintenance");
        if (maintenance.isNull()) {
            out().println("  (ppc-updater-service could not be asked)");
        } else if (maintenance.isEmpty()) {
            out().println("  none");
        } else {
            Table table = Table.of("  NAME", "CLOUD ID", "ORG", "KIND");
            maintenance.forEach(p -> table.row("  " + text(p, "name"), text(p, "cloudId"), text(p, "orgId"), text(p, "kind")));
            table.print(out());
        }
        out().println();
        out().println("MAINTENANCE WINDOWS (active and booked)");
        JsonNode windows = status.get("windows");
        if (windows.isNull()) {
            out().println("  (maintenance-service could not be asked)");
        } else if (windows.isEmpty()) {
            out().println("  none");
        } else {
            windows.forEach(w -> out().println("  " + text(w, "id") + "  " + text(w, "status") + "  "
                    + (text(w, "cloudId") != null ? "ppc " + text(w, "cloudId") : "org " + text(w, "orgId")) + "  "
                    + Times.format(text(w, "startsAt")) + " - " + Times.format(text(w, "endsAt")) + "  " + text(w, "reason")));
        }
        out().flush();
    }

    private void renderEnvironments(JsonNode environments) {
        out().println("ENVIRONMENTS");
        if (environments.isNull()) {
            out().println("  (promoter-service could not be asked)");
        } else {
            Table table = Table.of("  NAME", "BRANCH", "SHA", "DEPLOYED", "BY PROMOTION", "IN FLIGHT");
            environments.forEach(e -> table.row("  " + text(e, "name"), text(e, "branch"),
                    PromotionText.shortSha(text(e, "sha")), Times.relative(text(e, "since"), now()),
                    text(e, "promotionId"), text(e, "inFlightPromotionId") == null ? null
                            : text(e, "inFlightPromotionId") + " " + text(e, "inFlightState")));
            table.print(out());
        }
        out().println();
    }

    private static ArrayNode inProgress(JsonNode rollouts) {
        ArrayNode running = Json.mapper().createArrayNode();
        rollouts.forEach(r -> {
            String state = Json.text(r, "state");
            if (List.of("AWAITING_APPROVAL", "QUEUED", "RUNNING", "PAUSED", "HALTED", "FINISHED").contains(state)) {
                running.add(r);
            }
        });
        return running;
    }

    private static ArrayNode upcoming(JsonNode windows) {
        ArrayNode open = Json.mapper().createArrayNode();
        windows.forEach(w -> {
            if (List.of("BOOKED", "ACTIVE").contains(Json.text(w, "status"))) {
                open.add(w);
            }
        });
        return open;
    }
}
