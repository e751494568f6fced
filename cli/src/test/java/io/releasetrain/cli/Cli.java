package io.releasetrain.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.releasetrain.cli.config.Settings;
import io.releasetrain.cli.http.Service;
import io.releasetrain.cli.output.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code rt} run in-process the way a user runs it: its own config directory, the services' URLs in the
 * environment, output and exit code captured. Waiting between polls is recorded, not slept.
 */
final class Cli {

    /** What one run printed and how it exited. */
    record Result(int exitCode, String out, String err) {
        JsonNode json() {
            return Json.parse(out);
        }

        /** Lines of the table printed, for alignment checks. */
        List<String> lines() {
            return out.lines().toList();
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private final Map<String, String> env = new HashMap<>();
    final List<java.time.Duration> pauses = new ArrayList<>();

    private Cli(Path configDir) {
        env.put("RT_CONFIG_DIR", configDir.toString());
        env.put("RT_DEV_KEY_DIR", TrainUnderTest.keyDir().toString());
    }

    /** A user with an empty config directory and the running services configured. */
    static Cli user(String name) {
        Cli cli = offline();
        cli.env.put("DEV_USER", name);
        TrainUnderTest.urls().forEach((service, url) -> cli.env.put(Settings.environmentName(service.setting()), url));
        return cli;
    }

    /** A user signed in locally with these roles ({@code rt login --dev}). */
    static Cli signedIn(String name, String... roles) {
        Cli cli = user(name);
        List<String> args = new ArrayList<>(List.of("login", "--dev"));
        args.addAll(List.of(roles));
        Result login = cli.run(args.toArray(String[]::new));
        if (login.exitCode() != 0) {
            throw new IllegalStateException("rt login --dev failed: " + login);
        }
        return cli;
    }

    /** A user who has no services running (for help, usage and sign-in tests). */
    static Cli offline() {
        try {
            return new Cli(Files.createTempDirectory("rt-config"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same user with one more environment variable. */
    Cli with(String variable, String value) {
        env.put(variable, value);
        return this;
    }

    /** The same user, with {@code service} at an address where nothing listens. */
    Cli withDown(Service service) {
        return with(Settings.environmentName(service.setting()), "http://127.0.0.1:" + closedPort());
    }

    /** The user's config directory. */
    Path configDir() {
        return Path.of(env.get("RT_CONFIG_DIR"));
    }

    /** Runs {@code rt args...}. */
    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Terminal terminal = new Terminal(Map.copyOf(env), new PrintWriter(out, true), new PrintWriter(err, true),
                Clock.systemUTC(), pauses::add);
        int code = Rt.run(terminal, args);
        return new Result(code, out.toString(), err.toString());
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
