package io.releasetrain.cli.rollout;

import com.fasterxml.jackson.databind.JsonNode;
import io.releasetrain.cli.CliFailure;
import io.releasetrain.cli.RtCommand;
import io.releasetrain.cli.http.Service;
import io.releasetrain.cli.http.ServiceClient;
import io.releasetrain.cli.output.Json;
import io.releasetrain.cli.output.Times;
import io.releasetrain.cli.promotion.PromotionCommands;
import io.releasetrain.cli.promotion.PromotionText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rt watch}: follows a promotion or a rollout live, a line each time it (or one of its waves) moves, until it
 * ends or needs a person; the exit code is its outcome: 0 for a verified promotion or a completed rollout, 1 for
 * anything else (with what to do next).
 */
@Command(name = "watch", description = "Follow a promotion or a rollout live until it ends; the exit code is its outcome.",
        footerHeading = "%nExamples:%n",
        footer = {"  rt watch p-42                     # a promotion: checks, approval, merge, deploy, verification",
            "  rt watch                           # the rollout in progress, a line per wave",
            "  rt watch r-7 --interval 30s && echo 'release complete'"})
public final class WatchCommand extends RtCommand {

    /** What is being watched: how to read it, how it reads, and where it ends. */
    private record Followed(Supplier<JsonNode> read, Function<JsonNode, List<String>> lines, Set<String> ended,
            Set<String> stuck, String success, Function<JsonNode, String> nextStep, String kind) {
    }

    @Parameters(arity = "0..1", paramLabel = "ID", description = "a promotion's or rollout's id (default: the rollout in progress)")
    String id;

    @Option(names = "--interval", paramLabel = "DURATION", description = "how often to look (default: ${DEFAULT-VALUE})")
    String interval = "5s";

    @Override
    protected void execute() {
        Duration every = Duration.between(now(), Times.when(interval, now(), "--interval"));
        if (every.isNegative() || every.isZero()) {
            throw usage("--interval must be a positive duration such as 5s or 1m.");
        }
        Followed followed = followed();
        List<String> shown = new ArrayList<>();
        while (true) {
            JsonNode view = followed.read().get();
            if (!json()) {
                showChanges(followed.lines().apply(view), shown);
            }
            String state = Json.text(view, "state");
            if (followed.ended().contains(state) || followed.stuck().contains(state)) {
                finish(followed, view, state);
                return;
            }
            pause(every);
        }
    }

    private Followed followed() {
        ServiceClient fleet = client(Service.PPC_UPDATER);
        if (id != null) {
            ServiceClient promoter = client(Service.PROMOTER);
            if (promoter.get("/promotions/" + ServiceClient.segment(id)).sendIfFound() != null) {
                return new Followed(() -> PromotionCommands.fetch(promoter, id), v -> List.of(PromotionText.headline(v)),
                        PromotionText.ENDED, PromotionText.STUCK, "VERIFIED", PromotionText::nextStep, "Promotion");
            }
        }
        String rollout = id != null ? id : RolloutCommand.unfinished(fleet);
        return new Followed(() -> RolloutCommand.fetch(fleet, rollout), RolloutWatch::lines, RolloutProgress.ENDED,
                RolloutProgress.STUCK, "COMPLETED", RolloutProgress::nextStep, "Rollout");
    }

    private void showChanges(List<String> lines, List<String> shown) {
        for (int i = 0; i < lines.size(); i++) {
            if (i >= shown.size() || !shown.get(i).equals(lines.get(i))) {
                out().println(lines.get(i));
            }
        }
        out().flush();
        shown.clear();
        shown.addAll(lines);
    }

    private void finish(Followed followed, JsonNode view, String state) {
        if (json()) {
            out().println(Json.write(view));
            out().flush();
        }
        String name = followed.kind() + " " + (Json.text(view, "id") != null ? Json.text(view, "id") : Json.text(view, "rolloutId"));
        if (!followed.success().equals(state)) {
            String next = followed.nextStep().apply(view);
            throw CliFailure.refused(name + " ended " + state
                    + (Json.text(view, "haltReason") != null ? ": " + Json.text(view, "haltReason") : "") + "."
                    + (next != null ? "\n" + next : ""));
        }
        err().println(name + " is " + state + ".");
    }

    private void pause(Duration every) {
        try {
            rt().terminal().pause().sleep(every);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CliFailure.refused("Stopped watching.");
        }
    }

    /** A rollout's watch lines: the headline, then one per wave. */
    private static final class RolloutWatch {
        static List<String> lines(JsonNode view) {
            List<String> lines = new ArrayList<>();
            lines.add(RolloutProgress.headline(view));
            lines.addAll(RolloutProgress.waveLines(view));
            return lines;
        }
    }
}
