package io.releasetrain.cli.maintenance;

import io.releasetrain.cli.output.Times;
import java.time.Instant;
import picocli.CommandLine.Option;

/** Setting a flag: like any change, and optionally until a time when it clears by itself. */
abstract class FlagOn extends FlagChange {

    @Option(names = "--until", paramLabel = "WHEN",
            description = "clears by itself then: 2026-03-01T12:00:00Z, or from now: 90m, 2h, 1d")
    String until;

    FlagOn(String flag) {
        super(flag, true);
    }

    @Override
    Instant until() {
        return until == null ? null : Times.when(until, now(), "--until");
    }
}
