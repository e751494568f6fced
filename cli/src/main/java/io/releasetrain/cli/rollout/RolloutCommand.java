package io.releasetrain.cli.rollout;

import com.fasterxml.jackson.databind.JsonNode;
import io.releasetrain.cli.CliFailure;
import io.releasetrain.cli.CommandGroup;
import io.releasetrain.cli.RtCommand;
import io.releasetrain.cli.http.Service;
import io.releasetrain.cli.http.ServiceClient;
import io.releasetrain.cli.output.Json;
import io.releasetrain.cli.output.Table;
import io.releasetrain.cli.output.Times;
import io.releasetrain.cli.ppc.PpcLookup;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rt rollout}: customer PPC rollouts in waves (ppc-updater-service {@code /rollouts}). */
@Command(name = "rollout", description = "Customer PPC rollouts: status, approve, pause, resume, abort, retry or skip a PPC.",
        subcommands = {RolloutCommand.ListRollouts.class, RolloutCommand.Status.class, RolloutCommand.Approve.class,
            RolloutCommand.Pause.class, RolloutCommand.Resume.class, RolloutCommand.Abort.class,
            RolloutCommand.Supersede.class, RolloutCommand.Retry.class, RolloutCommand.Skip.class},
        footerHeading = "%nExamples:%n",
        footer = {"  rt rollout status                       # the rollout in progress",
            "  rt rollout approve r-42 --reason 'production verified'",
            "  rt rollout pause r-42 --reason 'customer escalation'",
            "  rt rollout skip r-42 acme-ppc-eu --reason 'customer froze changes'",
            "  rt watch r-42"})
public final class RolloutCommand extends CommandGroup {

    static final String WHO_MAY = "customer rollouts need oncall-primary or release-admin.";

    /** {@code rt rollout list}. */
    @Command(name = "list", description = "Rollouts, newest first.")
    static final class ListRollouts extends RtCommand {
        @Option(names = "--state", description = "only this state, e.g. RUNNING, HALTED, AWAITING_APPROVAL")
        String state;

        @Override
        protected void execute() {
            JsonNode rollouts = client(Service.PPC_UPDATER).get("/rollouts")
                    .query("state", state == null ? null : state.toUpperCase(java.util.Locale.ROOT)).send();
            print(rollouts, () -> {
                Table table = Table.of("ROLLOUT", "STATE", "RELEASE", "WAVE", "UPDATED", "FAILED", "STARTED BY", "CREATED");
                rollouts.forEach(r -> table.row(text(r, "rolloutId"), text(r, "state"), text(r, "version"),
                        (r.path("currentWave").asInt() + 1) + "/" + r.path("waveCount").asInt(),
                        r.path("total").path("succeeded").asInt() + "/" + r.path("total").path("size").asInt(),
                        r.path("total").path("failed").asInt(), text(r, "startedBy"),
                        Times.relative(text(r, "createdAt"), now())));
                table.print(out());
            });
        }
    }

    /** {@code rt rollout status}. */
    @Command(name = "status", description = "One rollout's progress per wave and its PPCs that need attention.")
    static final class Status extends RtCommand {
        @Parameters(arity = "0..1", paramLabel = "ROLLOUT", description = "the rollout's id (default: the unfinished one)")
        String rollout;

        @Override
        protected void execute() {
            ServiceClient fleet = client(Service.PPC_UPDATER);
            String id = rollout != null ? rollout : unfinished(fleet);
            JsonNode view = fetch(fleet, id);
            print(view, () -> RolloutProgress.print(view, out(), now()));
        }
    }

    /** {@code rt rollout approve}. */
    @Command(name = "approve", description = "Approve a rollout that waits for approval; it starts.")
    static final class Approve extends Action {
        Approve() {
            super("approve", "Approved");
        }
    }

    /** {@code rt rollout pause}. */
    @Command(name = "pause", description = "Pause a running rollout: nothing new starts, running updates finish.")
    static final class Pause extends Action {
        Pause() {
            super("pause", "Paused");
        }
    }

    /** {@code rt rollout resume}. */
    @Command(name = "resume", description = "Resume a paused or halted rollout; failures so far are accepted.")
    static final class Resume extends Action {
        Resume() {
            super("resume", "Resumed");
        }
    }

    /** {@code rt rollout abort}. */
    @Command(name = "abort", description = "Abort a rollout for good; updates not started are cancelled.")
    static final class Abort extends Action {
        Abort() {
            super("abort", "Aborted");
        }
    }

    /** {@code rt rollout supersede}. */
    @Command(name = "supersede", description = "Start a queued rollout in place of the unfinished earlier one.")
    static final class Supersede extends Action {
        Supersede() {
            super("supersede", "Superseded the earlier rollout with");
        }
    }

    /** {@code rt rollout retry}. */
    @Command(name = "retry", description = "Update a failed PPC again in this rollout.")
    static final class Retry extends PpcAction {
        Retry() {
            super("retry", "Retrying");
        }
    }

    /** {@code rt rollout skip}. */
    @Command(name = "skip", description = "Leave a pending or failed PPC out of this rollout.")
    static final class Skip extends PpcAction {
        Skip() {
            super("skip", "Skipped");
        }
    }

    /** A decision on a whole rollout, with a reason. */
    abstract static class Action extends RtCommand {
        @Parameters(index = "0", paramLabel = "ROLLOUT", description = "the rollout's id (rt rollout list)")
        String rollout;
        @Option(names = {"-r", "--reason"}, required = true, description = "why; recorded with who")
        String reason;

        final String verb;
        private final String done;

        Action(String verb, String done) {
            this.verb = verb;
            this.done = done;
        }

        String path(ServiceClient fleet) {
            return "/rollouts/" + ServiceClient.segment(rollout) + "/" + verb;
        }

        String doneMessage() {
            return done + " rollout " + rollout + ".";
        }

        @Override
        protected void execute() {
            ServiceClient fleet = client(Service.PPC_UPDATER);
            JsonNode view = fleet.post(path(fleet), Json.object().put("reason", reason)).whoMay(WHO_MAY)
                    .whenMissing("See the rollouts with: rt rollout list").send();
            print(view, () -> {
                out().println(doneMessage());
                RolloutProgress.print(view, out(), now());
            });
        }
    }

    /** A decision on one PPC of a rollout. */
    abstract static class PpcAction extends Action {
        @Parameters(index = "1", paramLabel = "PPC", description = "the PPC's name or cloud id")
        String ppc;

        PpcAction(String verb, String done) {
            super(verb, done);
        }

        @Override
        String path(ServiceClient fleet) {
            JsonNode members = fetch(fleet, rollout).path("ppcs");
            String cloudId = PpcLookup.find(members, "cloudId", ppc).path("cloudId").asText();
            return "/rollouts/" + ServiceClient.segment(rollout) + "/ppcs/" + ServiceClient.segment(cloudId) + "/" + verb;
        }

        @Override
        String doneMessage() {
            return super.doneMessage().replace("rollout", ppc + " in rollout");
        }
    }

    static JsonNode fetch(ServiceClient fleet, String id) {
        return fleet.get("/rollouts/" + ServiceClient.segment(id)).whenMissing("See the rollouts with: rt rollout list")
                .send();
    }

    /** The id of the one unfinished rollout; refuses when there is none or several. */
    static String unfinished(ServiceClient fleet) {
        List<String> ids = new ArrayList<>();
        for (JsonNode r : fleet.get("/rollouts").send()) {
            String state = Json.text(r, "state");
            if (!RolloutProgress.ENDED.contains(state) && !"QUEUED".equals(state)) {
                ids.add(Json.text(r, "rolloutId"));
            }
        }
        if (ids.isEmpty()) {
            throw CliFailure.refused("No rollout is in progress. See past ones with: rt rollout list");
        }
        if (ids.size() > 1) {
            throw CliFailure.refused("Several rollouts are in progress: " + ids + ". Name one: rt rollout status ROLLOUT");
        }
        return ids.get(0);
    }
}
