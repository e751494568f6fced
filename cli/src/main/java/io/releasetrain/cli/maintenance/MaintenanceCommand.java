package io.releasetrain.cli.maintenance;

import io.releasetrain.cli.CommandGroup;
import io.releasetrain.cli.output.Times;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rt maintenance}: maintenance mode (flag 0x1: stack create and update get 503), now or booked ahead. */
@Command(name = "maintenance", description = "Put PPCs into maintenance mode (0x1) or take them out; book windows.",
        subcommands = {MaintenanceCommand.On.class, MaintenanceCommand.Off.class, WindowCommands.Book.class,
            WindowCommands.ListWindows.class, WindowCommands.Cancel.class},
        footerHeading = "%nExamples:%n",
        footer = {"  rt maintenance on FAKE-PPC-FOR-TESTING --reason 'DB migration' --until 2h",
            "  rt maintenance on --org feacc792-460f-4525-a091-e8de1f6ef34c --reason 'customer asked' --until 2026-03-01T12:00:00Z",
            "  rt maintenance off FAKE-PPC-FOR-TESTING --reason 'migration done'",
            "  rt maintenance book --org feacc792 --from 2026-03-01T22:00:00Z --to 2026-03-02T02:00:00Z --reason upgrade"})
public final class MaintenanceCommand extends CommandGroup {

    static final String FLAG = "maintenance";

    /** {@code rt maintenance on}. */
    @Command(name = "on", description = "Set maintenance mode on a PPC or every PPC of an organisation; other flags are kept.",
            footerHeading = "%nExamples:%n",
            footer = {"  rt maintenance on FAKE-PPC-FOR-TESTING --reason 'DB migration' --until 90m",
                "  rt maintenance on --org feacc792 --reason 'customer asked'"})
    static final class On extends FlagChange {
        @Option(names = "--until", paramLabel = "WHEN",
                description = "clears by itself then: 2026-03-01T12:00:00Z, or from now: 90m, 2h, 1d")
        String until;

        On() {
            super(FLAG, true);
        }

        @Override
        Instant until() {
            return until == null ? null : Times.when(until, now(), "--until");
        }
    }

    /** {@code rt maintenance off}. */
    @Command(name = "off", description = "Take a PPC or every PPC of an organisation out of maintenance mode; other flags are kept.",
            footerHeading = "%nExample:%n", footer = "  rt maintenance off FAKE-PPC-FOR-TESTING --reason 'migration done'")
    static final class Off extends FlagChange {
        Off() {
            super(FLAG, false);
        }
    }
}
