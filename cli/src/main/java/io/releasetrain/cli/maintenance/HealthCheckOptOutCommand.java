package io.releasetrain.cli.maintenance;

import io.releasetrain.cli.CommandGroup;
import io.releasetrain.cli.output.Times;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rt healthcheck-optout}: flag 0x2, the PPC is not health-checked after an update. */
@Command(name = "healthcheck-optout", description = "Opt PPCs out of health checks after updates (0x2), or back in.",
        subcommands = {HealthCheckOptOutCommand.On.class, HealthCheckOptOutCommand.Off.class},
        footerHeading = "%nExamples:%n",
        footer = {"  rt healthcheck-optout on FAKE-PPC-FOR-TESTING --reason 'test PPC, no health endpoint'",
            "  rt healthcheck-optout off FAKE-PPC-FOR-TESTING --reason 'health endpoint is back'"})
public final class HealthCheckOptOutCommand extends CommandGroup {

    static final String FLAG = "health-check-opt-out";

    /** {@code rt healthcheck-optout on}. */
    @Command(name = "on", description = "Opt a PPC or every PPC of an organisation out of health checks.")
    static final class On extends FlagChange {
        @Option(names = "--until", paramLabel = "WHEN",
                description = "opts back in by itself then: 2026-03-01T12:00:00Z, or from now: 90m, 2h, 1d")
        String until;

        On() {
            super(FLAG, true);
        }

        @Override
        Instant until() {
            return until == null ? null : Times.when(until, now(), "--until");
        }
    }

    /** {@code rt healthcheck-optout off}. */
    @Command(name = "off", description = "Health-check a PPC or every PPC of an organisation again after updates.")
    static final class Off extends FlagChange {
        Off() {
            super(FLAG, false);
        }
    }
}
