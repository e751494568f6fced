package io.releasetrain.console.live;

/** Commit ids as people read them. */
public final class Shas {

    private Shas() {
    }

    /** The first 7 characters of a commit id, or the whole of a shorter one; "?" when absent. */
    public static String shortSha(String sha) {
        if (sha == null || sha.isBlank()) {
            return "?";
        }
        return sha.length() <= 7 ? sha : sha.substring(0, 7);
    }
}
