package io.releasetrain.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.releasetrain.cli.http.Service;
import io.releasetrain.cli.http.ServiceClient;
import io.releasetrain.cli.output.Json;
import io.releasetrain.cli.output.OutputFormat;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** A command that does something: gives it the run's terminal, service clients and output format. */
public abstract class RtCommand implements Callable<Integer> {

    @Spec
    protected CommandSpec spec;

    @Override
    public final Integer call() {
        execute();
        return CliFailure.DONE;
    }

    /** Does the command's work; throws {@link CliFailure} when it cannot. */
    protected abstract void execute();

    /** The root command of this run. */
    protected Rt rt() {
        return (Rt) spec.root().userObject();
    }

    /** A service's client. */
    protected ServiceClient client(Service service) {
        return rt().client(service);
    }

    /** Where answers go. */
    protected PrintWriter out() {
        return rt().terminal().out();
    }

    /** Where hints and progress go. */
    protected PrintWriter err() {
        return rt().terminal().err();
    }

    /** Now, by the run's clock. */
    protected Instant now() {
        return rt().terminal().clock().instant();
    }

    /** Whether scripts asked for JSON. */
    protected boolean json() {
        return rt().output() == OutputFormat.json;
    }

    /** Prints {@code answer} as JSON for scripts, or runs {@code human} to print it for people. */
    protected void print(JsonNode answer, Runnable human) {
        if (json()) {
            out().println(Json.write(answer));
        } else {
            human.run();
        }
        out().flush();
    }

    /** A usage error of this command (exit 2, with its usage shown). */
    protected ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** Exactly one of the PPC argument and the --org option must be given. */
    protected void requireOneTarget(String ppc, String org) {
        if ((ppc == null) == (org == null)) {
            throw usage("Give a PPC (name or cloud id) or --org ORG, not " + (ppc == null ? "neither." : "both."));
        }
    }

    /** The text at {@code field}, or null. */
    protected static String text(JsonNode node, String field) {
        return Json.text(node, field);
    }
}
