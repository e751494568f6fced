package io.releasetrain.promoter.github;

/**
 * One check on a commit, from its commit statuses (by context) or its check runs (by name).
 *
 * @param name    the status context or check run name
 * @param outcome where it stands
 * @param url     optional: where to read more
 */
public record CommitCheck(String name, Outcome outcome, String url) {

    /** Where a check stands. */
    public enum Outcome {
        PENDING, SUCCESS, FAILURE
    }
}
