package io.releasetrain.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * What a run of {@code rt} sees of the world: its environment variables, where it writes, the time, and how it
 * waits. {@link #system()} is the real one; tests pass their own to run the CLI in-process.
 *
 * @param env     environment variables (RT_TOKEN, RT_*_URL, RT_CONFIG_DIR, ...)
 * @param out     where answers go (tables or JSON)
 * @param err     where errors, hints and progress go
 * @param clock   the time, for ages and relative expiries
 * @param pause   how the CLI waits between polls (device login, watch)
 */
public record Terminal(Map<String, String> env, PrintWriter out, PrintWriter err, Clock clock, Pause pause) {

    /** Waits between two polls of a service. */
    @FunctionalInterface
    public interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** The process's own environment, standard output and error, the system clock and real waiting. */
    public static Terminal system() {
        return new Terminal(System.getenv(), new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                Clock.systemUTC(), duration -> Thread.sleep(duration.toMillis()));
    }

    /** An environment variable, or null when it is unset or blank. */
    public String variable(String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
