package io.releasetrain.promoter.promotion;

import io.releasetrain.promoter.github.CommitCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether the checks a target requires have passed on a commit, from the latest result of each check by name
 * (commit statuses, check runs and CI workflows alike). Pure: the caller gathers the results.
 */
public final class CheckGate {

    /** The verdict, with the names of the checks that failed or are still missing. */
    public record Verdict(CommitCheck.Outcome outcome, List<String> failed, List<String> waitingFor, String failedUrl) {
    }

    private CheckGate() {
    }

    /**
     * @param required the names that must succeed; none passes at once
     * @param latest   the latest result per check name on the commit
     */
    public static Verdict judge(List<String> required, Map<String, CommitCheck> latest) {
        List<String> failed = new ArrayList<>();
        List<String> waiting = new ArrayList<>();
        String failedUrl = null;
        for (String name : required) {
            CommitCheck check = latest.get(name);
            if (check == null || check.outcome() == CommitCheck.Outcome.PENDING) {
                waiting.add(name);
            } else if (check.outcome() == CommitCheck.Outcome.FAILURE) {
                failed.add(name);
                failedUrl = failedUrl == null ? check.url() : failedUrl;
            }
        }
        CommitCheck.Outcome outcome = !failed.isEmpty() ? CommitCheck.Outcome.FAILURE
                : waiting.isEmpty() ? CommitCheck.Outcome.SUCCESS : CommitCheck.Outcome.PENDING;
        return new Verdict(outcome, List.copyOf(failed), List.copyOf(waiting), failedUrl);
    }
}
