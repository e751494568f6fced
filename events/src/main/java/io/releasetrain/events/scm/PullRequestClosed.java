package io.releasetrain.events.scm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.releasetrain.events.Require;

/**
 * A pull request was closed, merged or not.
 *
 * @param repository     the repository, as {@code owner/name}
 * @param number         the pull request number
 * @param headBranch     the branch the changes came from
 * @param headSha        the head commit of the pull request when it was closed
 * @param baseBranch     the branch the pull request merges into
 * @param merged         whether it was merged (false: closed without merging)
 * @param mergeCommitSha optional: the merge commit, when merged
 * @param mergedBy       optional: the login of who merged it, when merged
 * @param url            the pull request's web page
 */
public record PullRequestClosed(
        String repository,
        @JsonProperty(required = true) int number,
        String headBranch,
        String headSha,
        String baseBranch,
        @JsonProperty(required = true) boolean merged,
        String mergeCommitSha,
        String mergedBy,
        String url) implements ScmEvent {

    /** Validates the required fields. */
    public PullRequestClosed {
        Require.text(repository, "repository");
        Require.positive(number, "number");
        Require.text(headBranch, "headBranch");
        Require.text(headSha, "headSha");
        Require.text(baseBranch, "baseBranch");
        Require.text(url, "url");
    }

    /** {@code repository/baseBranch}: a pull request is ordered with the branch it merges into. */
    @Override
    public String key() {
        return repository + "/" + baseBranch;
    }

    /** {@code repository#number}. */
    @Override
    public String subject() {
        return repository + "#" + number;
    }
}
