package io.releasetrain.events.scm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.releasetrain.events.Require;

/**
 * New commits were pushed to the head branch of an open pull request.
 *
 * @param repository the repository, as {@code owner/name}
 * @param number     the pull request number
 * @param author     the login of who opened the pull request
 * @param headBranch the branch the changes come from
 * @param headSha    the head commit of the pull request
 * @param baseBranch the branch the pull request merges into
 * @param url        the pull request's web page
 */
public record PullRequestSynchronized(
        String repository,
        @JsonProperty(required = true) int number,
        String title,
        String author,
        String headBranch,
        String headSha,
        String baseBranch,
        String url) implements ScmEvent {

    /** Validates that every field is present. */
    public PullRequestSynchronized {
        Require.text(repository, "repository");
        Require.positive(number, "number");
        Require.present(title, "title");
        Require.text(author, "author");
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
