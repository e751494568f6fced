package io.releasetrain.cli;

/**
 * Why a command did not do what was asked, with the exit code that says so and a message that says what to do
 * next. Thrown anywhere in a command; {@link Rt} prints the message and exits with the code.
 */
public class CliFailure extends RuntimeException {

    /** The command did what was asked. */
    public static final int DONE = 0;
    /** A service refused the request, or what was asked failed. */
    public static final int REFUSED = 1;
    /** The command line itself was wrong. */
    public static final int USAGE = 2;
    /** A service could not be reached (not running, wrong URL, or unavailable). */
    public static final int UNREACHABLE = 3;

    private final int exitCode;

    private CliFailure(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** A service said no, or the operation failed: exit 1. */
    public static CliFailure refused(String message) {
        return new CliFailure(REFUSED, message, null);
    }

    /** The arguments make no sense together: exit 2. */
    public static CliFailure usage(String message) {
        return new CliFailure(USAGE, message, null);
    }

    /** A service could not be reached: exit 3. */
    public static CliFailure unreachable(String message, Throwable cause) {
        return new CliFailure(UNREACHABLE, message, cause);
    }

    /** The process exit code for this failure. */
    public int exitCode() {
        return exitCode;
    }
}
