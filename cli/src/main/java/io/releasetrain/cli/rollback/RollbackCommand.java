package io.releasetrain.cli.rollback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.releasetrain.cli.RtCommand;
import io.releasetrain.cli.http.Service;
import io.releasetrain.cli.http.ServiceClient;
import io.releasetrain.cli.output.Json;
import io.releasetrain.cli.output.Table;
import io.releasetrain.cli.output.Times;
import io.releasetrain.cli.promotion.PromotionText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rt rollback}: promoter-service makes a commit with an earlier release's tree on top of the branch and
 * promotes it like any release ({@code POST /environments/{name}/rollback}); {@code rt history} reads what happened.
 */
public final class RollbackCommand {

    private RollbackCommand() {
    }

    /** {@code rt rollback}. */
    @Command(name = "rollback", description = "Roll an environment back to its previous verified release, or a named one.",
            footerHeading = "%nExamples:%n",
            footer = {"  rt rollback production --reason 'checkout broken since the release'",
                "  rt rollback production --to prm-1a2b3c4d --reason 'back to last week'"})
    public static final class Rollback extends RtCommand {
        @Parameters(paramLabel = "ENV", description = "the environment, e.g. production")
        String environment;
        @Option(names = "--to", paramLabel = "RELEASE", description = "an earlier release (default: the previous verified one)")
        String release;
        @Option(names = {"-r", "--reason"}, required = true, description = "why; recorded with who")
        String reason;

        @Override
        protected void execute() {
            ObjectNode body = Json.object().put("reason", reason);
            if (release != null) {
                body.put("release", release);
            }
            JsonNode rollback = client(Service.PROMOTER)
                    .post("/environments/" + ServiceClient.segment(environment) + "/rollback", body)
                    .whoMay("rollbacks need oncall-primary or release-admin.")
                    .whenMissing("The environments are listed by: rt status").send();
            print(rollback, () -> out().println("Rolling " + environment + " back from "
                    + PromotionText.shortSha(text(rollback, "fromSha")) + " to " + PromotionText.shortSha(text(rollback, "toSha"))
                    + " through promotion " + text(rollback, "promotionId") + ". Follow it with: rt watch "
                    + text(rollback, "promotionId")));
        }
    }

    /** {@code rt history}. */
    @Command(name = "history", description = "An environment's history, newest first: promotions, abandons, rollbacks, skipped slots.",
            footerHeading = "%nExample:%n", footer = "  rt history production --limit 10")
    public static final class History extends RtCommand {
        @Parameters(paramLabel = "ENV", description = "the environment")
        String environment;
        @Option(names = "--limit", paramLabel = "N", description = "at most this many (default: ${DEFAULT-VALUE})")
        int limit = 20;

        @Override
        protected void execute() {
            JsonNode entries = client(Service.PROMOTER).get("/environments/" + ServiceClient.segment(environment) + "/history")
                    .query("limit", limit).send();
            print(entries, () -> {
                Table table = Table.of("WHEN", "WHAT", "PROMOTION", "STATE", "SHA", "BY", "WHY");
                entries.forEach(e -> table.row(Times.format(text(e, "at")), text(e, "kind"),
                        text(e, "promotionId") != null ? text(e, "promotionId") : text(e, "rollbackId"), text(e, "state"),
                        PromotionText.shortSha(text(e, "sha")), text(e, "by"), text(e, "why")));
                table.print(out());
            });
        }
    }
}
