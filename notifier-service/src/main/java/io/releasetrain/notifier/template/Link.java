package io.releasetrain.notifier.template;

/**
 * A link a message carries: a pull request, a CI build, an environment, a PPC.
 *
 * @param label what the reader clicks, e.g. {@code pull request #12}
 * @param url   where it goes
 */
public record Link(String label, String url) {

    /** Validates both parts. */
    public Link {
        if (label == null || label.isBlank() || url == null || url.isBlank()) {
            throw new IllegalArgumentException("a link needs a label and a url");
        }
    }
}
