package io.releasetrain.sandbox.github;

/**
 * A branch or tag moved: what a {@code push} webhook reports.
 *
 * @param before the old commit, {@link #ZERO} when the ref was created
 * @param after  the new commit, {@link #ZERO} when the ref was deleted
 * @param pusher the login that moved it
 */
public record RefChange(String ref, String before, String after, boolean forced, String pusher) {

    /** The id GitHub reports for "no commit". */
    public static final String ZERO = "0000000000000000000000000000000000000000";

    public boolean created() {
        return ZERO.equals(before);
    }

    public boolean deleted() {
        return ZERO.equals(after);
    }

    /** The branch name for {@code refs/heads/...}, else null. */
    public String branch() {
        return ref.startsWith(GitRepository.HEADS) ? ref.substring(GitRepository.HEADS.length()) : null;
    }
}
