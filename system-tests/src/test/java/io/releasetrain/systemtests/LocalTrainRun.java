package io.releasetrain.systemtests;

import io.releasetrain.testsupport.TestTokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code scripts/LocalTrain.java} (what {@code ./release-train seed|demo} runs) as a process against the system
 * tests' services and sandbox: the test drives the week with exactly the demo's steps, not a copy of them.
 * Output goes to {@code target/local-train-<command>.log}.
 */
final class LocalTrainRun {

    private final String command;
    private final Process process;
    private final Path log;

    private LocalTrainRun(String command, Process process, Path log) {
        this.command = command;
        this.process = process;
        this.log = log;
    }

    /** Starts {@code java scripts/LocalTrain.java <command>} with the URLs and tokens ./release-train would give it. */
    static LocalTrainRun start(String command) {
        String root = System.getProperty("releasetrain.repository.root", "..");
        Path script = Path.of(root, "scripts", "LocalTrain.java");
        Path log = Path.of("target", "local-train-" + command + ".log").toAbsolutePath();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, script.toString(), command))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of(
                "RT_SANDBOX_URL", RunningServices.sandboxUrl(),
                "RT_PROMOTER_URL", RunningServices.baseUrl(RunningServices.Service.PROMOTER),
                "RT_PPC_UPDATER_URL", RunningServices.baseUrl(RunningServices.Service.PPC_UPDATER),
                "RT_MAINTENANCE_URL", RunningServices.baseUrl(RunningServices.Service.MAINTENANCE),
                "RT_NOTIFIER_URL", RunningServices.baseUrl(RunningServices.Service.NOTIFIER),
                "RT_TOKEN_ORG_ADMIN", TestTokens.forRoles("release-train-demo", "org-admin"),
                "RT_TOKEN_OPERATOR", TestTokens.forRoles("release-train-demo", "ppc-operator"),
                "RT_TOKEN_ONCALL", TestTokens.forRoles("release-train-demo", "oncall-primary", "oncall-secondary",
                        "release-admin")));
        try {
            Files.createDirectories(log.getParent());
            Process process = builder.start();
            LocalTrainRun run = new LocalTrainRun(command, process, log);
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "local-train-stop"));
            return run;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start LocalTrain " + command + ": " + e.getMessage(), e);
        }
    }

    /** Runs {@code command} to its end and returns its output; fails with that output unless it exited 0. */
    static String run(String command, Duration timeout) {
        return start(command).finish(timeout);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for the end; its output when it exited 0, otherwise an {@link AssertionError} carrying the output. */
    String finish(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("LocalTrain " + command + " did not end within " + timeout + ":\n" + output());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (process.exitValue() != 0) {
            throw new AssertionError("LocalTrain " + command + " exited " + process.exitValue() + ":\n" + output());
        }
        return output();
    }

    String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }
}
