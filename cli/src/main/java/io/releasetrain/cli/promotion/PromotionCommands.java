package io.releasetrain.cli.promotion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.releasetrain.cli.CommandGroup;
import io.releasetrain.cli.RtCommand;
import io.releasetrain.cli.http.Service;
import io.releasetrain.cli.http.ServiceClient;
import io.releasetrain.cli.output.Json;
import io.releasetrain.cli.output.Table;
import io.releasetrain.cli.output.Times;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Promotions through promoter-service ({@code /promotions}): start, approve, abandon, take a fix, read. */
public final class PromotionCommands {

    static final String MISSING = "See the promotions with: rt promotion list";

    private PromotionCommands() {
    }

    /** {@code rt promote}: replaces {@code promote-release.sh master staging}. */
    @Command(name = "promote", description = "Start a promotion into staging or production (a pull request, checks, a merge commit).",
            footerHeading = "%nExamples:%n",
            footer = {"  rt promote staging --reason 'nightly did not run'",
                "  rt promote production --sha 1a2b3c4d5e6f... --reason 'Tuesday release'"})
    public static final class Promote extends RtCommand {
        @Parameters(paramLabel = "ENV", description = "the target environment: staging or production")
        String target;
        @Option(names = "--from", paramLabel = "ENV", description = "the source environment (default: the one before)")
        String from;
        @Option(names = "--sha", paramLabel = "SHA", description = "the candidate commit (default: the source branch's head)")
        String sha;
        @Option(names = {"-r", "--reason"}, required = true, description = "why; recorded with who")
        String reason;

        @Override
        protected void execute() {
            ObjectNode body = Json.object().put("to", target).put("reason", reason);
            if (from != null) {
                body.put("from", from);
            }
            if (sha != null) {
                body.put("sha", sha);
            }
            JsonNode promotion = client(Service.PROMOTER).post("/promotions", body).send();
            print(promotion, () -> {
                out().println("Started promotion " + text(promotion, "id") + ". Follow it with: rt watch " + text(promotion, "id"));
                PromotionText.print(promotion, out(), now());
            });
        }
    }

    /** {@code rt approve}. */
    @Command(name = "approve", description = "Approve a promotion that awaits approval; it merges next.",
            footerHeading = "%nExample:%n", footer = "  rt approve p-42 --reason 'staging looks good'")
    public static final class Approve extends Decision {
        Approve() {
            super("approve", "Approved");
        }
    }

    /** {@code rt abandon}. */
    @Command(name = "abandon", description = "Abandon a promotion before its merge; its pull request is closed.",
            footerHeading = "%nExample:%n", footer = "  rt abandon p-42 --reason 'login broken on staging'")
    public static final class Abandon extends Decision {
        Abandon() {
            super("abandon", "Abandoned");
        }
    }

    /** {@code rt cherry-pick}: a fix merged into the promotion branch; the checks run again. */
    @Command(name = "cherry-pick", description = "Take a fix (a commit or branch) into a promotion before its merge.",
            footerHeading = "%nExample:%n", footer = "  rt cherry-pick p-42 fix/login-redirect --reason 'fixes the staging login'")
    public static final class CherryPick extends RtCommand {
        @Parameters(index = "0", paramLabel = "PROMOTION", description = "the promotion's id")
        String promotion;
        @Parameters(index = "1", paramLabel = "COMMIT|BRANCH", description = "what to merge into the promotion branch")
        String ref;
        @Option(names = {"-r", "--reason"}, required = true, description = "why; recorded with who")
        String reason;

        @Override
        protected void execute() {
            JsonNode view = client(Service.PROMOTER).post("/promotions/" + ServiceClient.segment(promotion) + "/fixes",
                    Json.object().put("ref", ref).put("reason", reason)).whenMissing(MISSING).send();
            print(view, () -> {
                out().println("Took " + ref + " into promotion " + promotion + "; its checks run again.");
                PromotionText.print(view, out(), now());
            });
        }
    }

    /** A decision on a promotion. */
    abstract static class Decision extends RtCommand {
        @Parameters(paramLabel = "PROMOTION", description = "the promotion's id")
        String promotion;
        @Option(names = {"-r", "--reason"}, required = true, description = "why; recorded with who")
        String reason;

        private final String verb;
        private final String done;

        Decision(String verb, String done) {
            this.verb = verb;
            this.done = done;
        }

        @Override
        protected void execute() {
            JsonNode view = client(Service.PROMOTER).post("/promotions/" + ServiceClient.segment(promotion) + "/" + verb,
                            Json.object().put("reason", reason))
                    .whenForbidden("ask one of them to run: rt " + verb + " " + promotion + " --reason R")
                    .whenMissing(MISSING).send();
            print(view, () -> {
                out().println(done + " promotion " + promotion + ".");
                PromotionText.print(view, out(), now());
            });
        }
    }

    /** {@code rt promotion list|show}. */
    @Command(name = "promotion", description = "Promotions: list them, or show one with its timeline.",
            subcommands = {ListPromotions.class, Show.class},
            footerHeading = "%nExamples:%n", footer = {"  rt promotion list --target production", "  rt promotion show p-42"})
    public static final class Group extends CommandGroup {
    }

    /** {@code rt promotion list}. */
    @Command(name = "list", description = "Promotions, newest first.")
    static final class ListPromotions extends RtCommand {
        @Option(names = "--target", paramLabel = "ENV", description = "only those into this environment")
        String target;
        @Option(names = "--limit", paramLabel = "N", description = "at most this many (default: ${DEFAULT-VALUE})")
        int limit = 20;

        @Override
        protected void execute() {
            JsonNode all = client(Service.PROMOTER).get("/promotions").query("target", target).query("limit", limit).send();
            print(all, () -> {
                Table table = Table.of("PROMOTION", "STATE", "FROM", "TO", "SHA", "PR", "BY", "CREATED");
                all.forEach(p -> table.row(text(p, "id"), text(p, "state"), text(p, "sourceEnvironment"),
                        text(p, "targetEnvironment"), PromotionText.shortSha(text(p, "candidateSha")),
                        p.hasNonNull("pullRequestNumber") ? "#" + p.path("pullRequestNumber").asInt() : null,
                        text(p, "requestedBy"), Times.relative(text(p, "createdAt"), now())));
                table.print(out());
            });
        }
    }

    /** {@code rt promotion show}. */
    @Command(name = "show", description = "One promotion with its timeline.")
    static final class Show extends RtCommand {
        @Parameters(paramLabel = "PROMOTION", description = "the promotion's id")
        String promotion;

        @Override
        protected void execute() {
            JsonNode view = fetch(client(Service.PROMOTER), promotion);
            print(view, () -> PromotionText.print(view, out(), now()));
        }
    }

    /** One promotion with its timeline. */
    public static JsonNode fetch(ServiceClient promoter, String id) {
        return promoter.get("/promotions/" + ServiceClient.segment(id)).whenMissing(MISSING).send();
    }
}
