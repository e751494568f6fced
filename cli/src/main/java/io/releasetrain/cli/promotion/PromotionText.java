package io.releasetrain.cli.promotion;

import com.fasterxml.jackson.databind.JsonNode;
import io.releasetrain.cli.output.Json;
import io.releasetrain.cli.output.Table;
import io.releasetrain.cli.output.Times;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Set;

/** How a promotion of promoter-service ({@code PromotionView}) reads to a person. */
public final class PromotionText {

    /** States after which the promotion is over. */
    public static final Set<String> ENDED = Set.of("VERIFIED", "ABANDONED", "NOTHING_TO_PROMOTE");
    /** States in which it waits for a person. */
    public static final Set<String> STUCK = Set.of("CHECKS_FAILED", "AWAITING_APPROVAL");

    private PromotionText() {
    }

    /** "promotion p-1 CHECKS_PENDING: master -> staging at 1a2b3c4, PR #12". */
    public static String headline(JsonNode p) {
        String pr = p.hasNonNull("pullRequestNumber") ? ", PR #" + p.path("pullRequestNumber").asInt() : "";
        return "promotion " + Json.text(p, "id") + " " + Json.text(p, "state") + ": " + Json.text(p, "sourceEnvironment")
                + " -> " + Json.text(p, "targetEnvironment") + " at " + shortSha(Json.text(p, "headSha") != null
                        ? Json.text(p, "headSha") : Json.text(p, "candidateSha")) + pr;
    }

    /** What a person can do next, or null. */
    public static String nextStep(JsonNode p) {
        String id = Json.text(p, "id");
        return switch (String.valueOf(Json.text(p, "state"))) {
            case "AWAITING_APPROVAL" -> "It waits for approval: rt approve " + id + " --reason R";
            case "CHECKS_FAILED" -> "Checks failed: take a fix (rt cherry-pick " + id + " COMMIT --reason R) or abandon it"
                    + " (rt abandon " + id + " --reason R)";
            default -> null;
        };
    }

    /** The full view: headline, links, and the timeline when there is one. */
    public static void print(JsonNode p, PrintWriter out, Instant now) {
        out.println(headline(p));
        Table facts = Table.of("FIELD", "VALUE");
        facts.row("pull request", Json.text(p, "pullRequestUrl")).row("compare", Json.text(p, "compareUrl"))
                .row("commits", p.hasNonNull("commitCount") ? p.path("commitCount").asText() : null)
                .row("ppc version", Json.text(p.path("manifest"), "ppcVersion"))
                .row("sdk version", Json.text(p.path("manifest"), "sdkVersion"))
                .row("merge commit", Json.text(p, "mergeSha"))
                .row("requested", Json.text(p, "requestedBy") + " (" + Json.text(p, "trigger") + "): " + Json.text(p, "reason"))
                .row("approved by", Json.text(p, "approvedBy"))
                .row("updated", Times.relative(Json.text(p, "updatedAt"), now));
        facts.print(out);
        if (p.path("timeline").isArray() && !p.path("timeline").isEmpty()) {
            out.println();
            Table timeline = Table.of("WHEN", "STATE", "WHO", "DETAIL");
            p.path("timeline").forEach(l -> timeline.row(Times.format(Json.text(l, "at")), Json.text(l, "state"),
                    Json.text(l, "actor"), Json.text(l, "detail")));
            timeline.print(out);
        }
        String next = nextStep(p);
        if (next != null) {
            out.println(next);
        }
    }

    /** The first 7 characters of a SHA. */
    public static String shortSha(String sha) {
        return sha == null ? null : sha.substring(0, Math.min(7, sha.length()));
    }
}
