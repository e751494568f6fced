package io.releasetrain.cli.rollout;

import com.fasterxml.jackson.databind.JsonNode;
import io.releasetrain.cli.CliFailure;
import io.releasetrain.cli.RtCommand;
import io.releasetrain.cli.http.Service;
import io.releasetrain.cli.http.ServiceClient;
import io.releasetrain.cli.output.Json;
import io.releasetrain.cli.output.Times;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rt watch}: follows a rollout live, a line each time a wave moves, until it ends or needs a person; the
 * exit code is its outcome (0 completed, 1 halted, finished with failures, aborted or superseded).
 */
@Command(name = "watch", description = "Follow a rollout live until it ends; the exit code is its outcome.",
        footerHeading = "%nExamples:%n",
        footer = {"  rt watch r-42", "  rt watch r-42 --interval 30s && echo 'release complete'"})
public final class WatchCommand extends RtCommand {

    @Parameters(arity = "0..1", paramLabel = "ROLLOUT", description = "the rollout's id (default: the unfinished one)")
    String rollout;

    @Option(names = "--interval", paramLabel = "DURATION", description = "how often to look (default: ${DEFAULT-VALUE})")
    String interval = "5s";

    @Override
    protected void execute() {
        ServiceClient fleet = client(Service.PPC_UPDATER);
        String id = rollout != null ? rollout : RolloutCommand.unfinished(fleet);
        Duration every = Duration.between(now(), Times.when(interval, now(), "--interval"));
        if (every.isNegative() || every.isZero()) {
            throw usage("--interval must be a positive duration such as 5s or 1m.");
        }
        List<String> shown = new ArrayList<>();
        while (true) {
            JsonNode view = RolloutCommand.fetch(fleet, id);
            if (!json()) {
                showChanges(view, shown);
            }
            String state = Json.text(view, "state");
            if (RolloutProgress.ENDED.contains(state) || RolloutProgress.STUCK.contains(state)) {
                finish(view, state);
                return;
            }
            wait(every);
        }
    }

    private void showChanges(JsonNode view, List<String> shown) {
        List<String> lines = new ArrayList<>();
        lines.add(RolloutProgress.headline(view));
        lines.addAll(RolloutProgress.waveLines(view));
        for (int i = 0; i < lines.size(); i++) {
            if (i >= shown.size() || !shown.get(i).equals(lines.get(i))) {
                out().println(lines.get(i));
            }
        }
        out().flush();
        shown.clear();
        shown.addAll(lines);
    }

    private void finish(JsonNode view, String state) {
        if (json()) {
            out().println(Json.write(view));
            out().flush();
        }
        if (!"COMPLETED".equals(state)) {
            String next = RolloutProgress.nextStep(view);
            throw CliFailure.refused("Rollout " + Json.text(view, "rolloutId") + " ended " + state
                    + (Json.text(view, "haltReason") != null ? ": " + Json.text(view, "haltReason") : "") + "."
                    + (next != null ? "\n" + next : ""));
        }
        err().println("Rollout " + Json.text(view, "rolloutId") + " completed.");
    }

    private void wait(Duration every) {
        try {
            rt().terminal().pause().sleep(every);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CliFailure.refused("Stopped watching.");
        }
    }
}
