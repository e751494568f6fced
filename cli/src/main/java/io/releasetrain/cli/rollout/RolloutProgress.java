package io.releasetrain.cli.rollout;

import com.fasterxml.jackson.databind.JsonNode;
import io.releasetrain.cli.output.Json;
import io.releasetrain.cli.output.Table;
import io.releasetrain.cli.output.Times;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** How a rollout of ppc-updater-service ({@code RolloutView}) reads to a person: one line overall, one per wave. */
final class RolloutProgress {

    /** States after which nothing happens without a person, or ever. */
    static final Set<String> ENDED = Set.of("COMPLETED", "ABORTED", "SUPERSEDED");
    /** States that wait for a person to act. */
    static final Set<String> STUCK = Set.of("HALTED", "FINISHED");

    private RolloutProgress() {
    }

    /** "rollout r-1 RUNNING: release 1.2.3, wave 2/4, 7/40 updated, 1 failed, 2 updating". */
    static String headline(JsonNode rollout) {
        JsonNode total = rollout.path("total");
        return "rollout " + Json.text(rollout, "rolloutId") + " " + Json.text(rollout, "state") + ": release "
                + Json.text(rollout, "version") + ", wave " + (rollout.path("currentWave").asInt() + 1) + "/"
                + rollout.path("waveCount").asInt() + ", " + tally(total)
                + (Json.text(rollout, "haltReason") != null ? " (" + Json.text(rollout, "haltReason") + ")" : "");
    }

    /** One line per wave: "wave 1/4  1 PPC   1 updated ..." */
    static List<String> waveLines(JsonNode rollout) {
        List<String> lines = new ArrayList<>();
        int count = rollout.path("waveCount").asInt();
        for (JsonNode wave : rollout.path("waves")) {
            lines.add("  wave " + (wave.path("wave").asInt() + 1) + "/" + count + ": " + tally(wave));
        }
        return lines;
    }

    /** What a person can do next, or null. */
    static String nextStep(JsonNode rollout) {
        String id = Json.text(rollout, "rolloutId");
        return switch (String.valueOf(Json.text(rollout, "state"))) {
            case "AWAITING_APPROVAL" -> "It waits for approval by oncall-primary: rt rollout approve " + id + " --reason R";
            case "QUEUED" -> "It waits for the unfinished rollout before it: rt rollout supersede " + id + " --reason R";
            case "PAUSED" -> "Paused: rt rollout resume " + id + " --reason R";
            case "HALTED" -> "Halted by the failure budget: retry or skip the failed PPCs (rt rollout retry|skip " + id
                    + " PPC --reason R), then rt rollout resume " + id + " --reason R";
            case "FINISHED" -> "Every PPC settled, some failed: rt rollout retry|skip " + id + " PPC --reason R";
            default -> null;
        };
    }

    /** The full status: headline, waves, and the PPCs that failed or are updating. */
    static void print(JsonNode rollout, PrintWriter out, Instant now) {
        out.println(headline(rollout));
        waveLines(rollout).forEach(out::println);
        String bake = Json.text(rollout, "bakeUntil");
        if (bake != null && Times.parse(bake) != null && Times.parse(bake).isAfter(now)) {
            out.println("  baking until " + Times.format(bake) + " (" + Times.relative(bake, now) + ")");
        }
        Table ppcs = Table.of("PPC", "CLOUD ID", "WAVE", "STATE", "ATTEMPTS", "REASON", "JOB");
        for (JsonNode ppc : rollout.path("ppcs")) {
            String state = Json.text(ppc, "state");
            if (!"SUCCEEDED".equals(state) && !"PENDING".equals(state) || ppc.path("inMaintenance").asBoolean()) {
                ppcs.row(Json.text(ppc, "name"), Json.text(ppc, "cloudId"), ppc.path("wave").asInt() + 1,
                        ppc.path("inMaintenance").asBoolean() ? state + " (in maintenance)" : state,
                        ppc.path("attempts").asInt(), Json.text(ppc, "reason"), Json.text(ppc, "jobUrl"));
            }
        }
        if (!ppcs.isEmpty()) {
            out.println();
            ppcs.print(out);
        }
        String next = nextStep(rollout);
        if (next != null) {
            out.println(next);
        }
    }

    private static String tally(JsonNode t) {
        return t.path("succeeded").asInt() + "/" + t.path("size").asInt() + " updated, " + t.path("failed").asInt()
                + " failed, " + t.path("updating").asInt() + " updating, " + t.path("skipped").asInt() + " skipped"
                + (t.path("waitingForMaintenance").asInt() > 0
                        ? ", " + t.path("waitingForMaintenance").asInt() + " waiting for maintenance to end" : "");
    }
}
