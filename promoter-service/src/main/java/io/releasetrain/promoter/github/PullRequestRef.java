package io.releasetrain.promoter.github;

/**
 * A pull request as the promotion engine sees it.
 *
 * @param number   its number
 * @param url      its web page
 * @param headSha  the commit at the head of its branch
 * @param open     whether it is open
 * @param merged   whether it was merged
 * @param mergeSha the merge commit, once merged
 */
public record PullRequestRef(int number, String url, String headSha, boolean open, boolean merged, String mergeSha) {
}
