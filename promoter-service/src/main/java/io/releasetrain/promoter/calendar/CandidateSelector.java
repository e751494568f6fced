package io.releasetrain.promoter.calendar;

import io.releasetrain.promoter.github.CommitCheck;
import io.releasetrain.promoter.promotion.CheckGate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What a scheduled promotion promotes, and why. Pure: the caller reads GitHub and the database.
 * <ul>
 *   <li>From the first environment (master, which nothing is promoted into): the source branch's head,
 *       provided its own push build (the configured source checks) passed.</li>
 *   <li>From a deployed environment (staging): the newest release promoted into it whose deployment and
 *       post-deploy verification passed, unless the target already contains it.</li>
 * </ul>
 */
public final class CandidateSelector {

    /** The choice: a commit and why, or none and why not. */
    public record Choice(String sha, String why) {

        static Choice of(String sha, String why) {
            return new Choice(sha, why);
        }

        static Choice none(String why) {
            return new Choice(null, why);
        }

        /** Whether there is something to promote. */
        public boolean found() {
            return sha != null;
        }
    }

    /** A verified release of the source environment: the commit it runs and the promotion that brought it. */
    public record Release(String sha, String promotionId) {
    }

    private CandidateSelector() {
    }

    /**
     * The head of the source branch, if its checks passed and the target does not contain it.
     *
     * @param checks          the latest result per check name on the head
     * @param targetContains  whether the target branch already contains a commit
     */
    public static Choice head(String branch, String headSha, List<String> requiredChecks, Map<String, CommitCheck> checks,
            String targetBranch, Predicate<String> targetContains) {
        CheckGate.Verdict verdict = CheckGate.judge(requiredChecks, checks);
        switch (verdict.outcome()) {
            case FAILURE -> {
                return Choice.none(branch + "'s head " + headSha + " failed its push build " + verdict.failed());
            }
            case PENDING -> {
                return Choice.none(branch + "'s head " + headSha + " has no passing push build yet (waiting for "
                        + verdict.waitingFor() + ")");
            }
            case SUCCESS -> {
                // Passed: on to whether the target has it already.
            }
        }
        if (targetContains.test(headSha)) {
            return Choice.none(targetBranch + " already contains " + branch + "'s head " + headSha);
        }
        String passed = requiredChecks.isEmpty() ? "no push checks are required" : "its push build passed " + requiredChecks;
        return Choice.of(headSha, "candidate " + headSha + " is the head of " + branch + "; " + passed);
    }

    /**
     * The newest verified release of the source environment, unless the target contains it (then it contains
     * every older one too, as they are its ancestors).
     *
     * @param releases newest first
     */
    public static Choice newestVerified(String sourceEnvironment, List<Release> releases, String targetBranch,
            Predicate<String> targetContains) {
        if (releases.isEmpty()) {
            return Choice.none(sourceEnvironment + " has no release whose deployment and verification passed");
        }
        Release newest = releases.get(0);
        if (targetContains.test(newest.sha())) {
            return Choice.none(targetBranch + " already contains " + sourceEnvironment + "'s newest verified release "
                    + newest.sha() + " (" + newest.promotionId() + ")");
        }
        return Choice.of(newest.sha(), "candidate " + newest.sha() + " is " + sourceEnvironment
                + "'s newest release whose deployment and verification passed (" + newest.promotionId() + "), and "
                + targetBranch + " does not contain it");
    }
}
