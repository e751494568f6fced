package io.releasetrain.cli.auth;

import io.releasetrain.cli.RtCommand;
import picocli.CommandLine.Command;

/** {@code rt logout}: forgets the stored token. */
@Command(name = "logout", description = "Remove the stored token.")
public final class LogoutCommand extends RtCommand {

    @Override
    protected void execute() {
        boolean removed = rt().tokens().remove();
        err().println(removed ? "Signed out: the stored token is removed." : "No token was stored.");
        if (rt().terminal().variable("RT_TOKEN") != null) {
            err().println("RT_TOKEN is still set in your environment: unset it too.");
        }
    }
}
