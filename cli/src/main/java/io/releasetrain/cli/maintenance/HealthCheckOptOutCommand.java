package io.releasetrain.cli.maintenance;

import io.releasetrain.cli.CommandGroup;
import picocli.CommandLine.Command;

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
    static final class On extends FlagOn {
        On() {
            super(FLAG);
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
