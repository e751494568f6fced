package io.releasetrain.console.web;

/** Every action on the console asks why; the reason goes to the service with the user's name. */
public final class Reasons {

    private Reasons() {
    }

    /** A non-blank reason, stripped. */
    public static String required(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new FormException("Give a reason: it is kept in the audit trail with your name.");
        }
        return reason.strip();
    }
}
