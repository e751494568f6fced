package io.releasetrain.promoter.github;

/**
 * What GitHub said to "merge this pull request at this SHA".
 *
 * @param result   merged, not mergeable (405), or the head is no longer the SHA (409)
 * @param mergeSha the merge commit, when merged
 */
public record MergeOutcome(Result result, String mergeSha) {

    /** The kinds of answer. */
    public enum Result {
        MERGED, NOT_MERGEABLE, HEAD_CHANGED
    }
}
