package io.releasetrain.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A private, throw-away MariaDB server started from the Debian binaries: its own data folder
 * under {@code target/}, a random loopback port, a generated password, no root setup and no
 * system service. It stops when the JVM exits.
 *
 * <p>The server always opens a Unix socket too, and a socket path may be at most 107 bytes long.
 * The checkout can lie anywhere (CI workspaces are deep), so the socket never lives under it: it
 * goes into a fresh owner-only folder under the first short enough of the system temp folder and
 * {@code /tmp}, private to this server and removed when it stops. Clients only use TCP.
 */
final class LocalMariaDb {

    /** The longest Unix socket path the kernel accepts ({@code sun_path} is 108 bytes with its NUL). */
    static final int MAX_SOCKET_PATH = 107;
    private static final String SOCKET_NAME = "mariadb.sock";
    /** Room for the random suffix {@link Files#createTempDirectory} adds to the folder's prefix. */
    private static final int TEMP_SUFFIX_ROOM = 24;

    private static final List<Path> SEARCH_PATH = Stream.concat(
                    Stream.of(System.getenv().getOrDefault("PATH", "").split(":")),
                    Stream.of("/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin"))
            .filter(s -> !s.isBlank())
            .map(Path::of)
            .toList();

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

    private LocalMariaDb() {
    }

    /** A running server: how to reach it, and how to stop it. */
    record Running(DatabaseServer server, Path socket, Process process) {

        /** Stops the server and removes its socket folder; safe to call twice. */
        void stop() {
            LocalMariaDb.stop(process);
            try {
                deleteRecursively(socket.getParent());
            } catch (IOException e) {
                // The folder is in the temp area; failing to remove it must not fail a test run.
            }
        }
    }

    /** Starts a server that stops when the JVM exits and returns how to reach it. */
    static DatabaseServer start(Path baseDir) {
        Running running = startStoppable(baseDir);
        Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "local-mariadb-stop"));
        return running.server();
    }

    /** Starts a server; the caller stops it. */
    static Running startStoppable(Path baseDir) {
        Path server = binary("mariadbd", "mysqld");
        Path installer = binary("mariadb-install-db", "mysql_install_db");
        try {
            Path dir = Files.createDirectories(baseDir.resolve("mariadb-" + ProcessHandle.current().pid()))
                    .toAbsolutePath();
            Path data = dir.resolve("data");
            deleteRecursively(data);
            String user = System.getProperty("user.name");
            run(List.of(installer.toString(), "--no-defaults", "--datadir=" + data, "--user=" + user,
                    "--auth-root-authentication-method=normal", "--skip-test-db"), dir.resolve("install.log"));

            String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
            Path init = dir.resolve("init.sql");
            Files.writeString(init, """
                    CREATE USER IF NOT EXISTS 'releasetrain'@'127.0.0.1' IDENTIFIED BY '%1$s';
                    CREATE USER IF NOT EXISTS 'releasetrain'@'localhost' IDENTIFIED BY '%1$s';
                    GRANT ALL PRIVILEGES ON *.* TO 'releasetrain'@'127.0.0.1' WITH GRANT OPTION;
                    GRANT ALL PRIVILEGES ON *.* TO 'releasetrain'@'localhost' WITH GRANT OPTION;
                    """.formatted(password));
            int port = freePort();
            Path socket = socketFolder().resolve(SOCKET_NAME);
            Process process = new ProcessBuilder(server.toString(), "--no-defaults",
                    "--datadir=" + data, "--port=" + port, "--bind-address=127.0.0.1",
                    "--socket=" + socket, "--user=" + user, "--skip-log-bin",
                    "--skip-name-resolve", "--init-file=" + init, "--log-error=" + dir.resolve("server.log"),
                    "--max-connections=400", "--innodb-buffer-pool-size=128M",
                    "--innodb-flush-log-at-trx-commit=2", "--character-set-server=utf8mb4",
                    "--collation-server=utf8mb4_unicode_ci", "--transaction-isolation=READ-COMMITTED")
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("stdout.log").toFile())
                    .start();
            Running running = new Running(
                    new DatabaseServer("jdbc:mysql://127.0.0.1:" + port, "releasetrain", password), socket, process);
            try {
                awaitReady(running.server(), process, dir.resolve("server.log"));
            } catch (RuntimeException e) {
                running.stop();
                throw e;
            }
            return running;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start a private MariaDB server: " + e.getMessage(), e);
        }
    }

    /**
     * A new folder, readable by this user only, under the first candidate where a socket path fits.
     * Each server gets its own, so two module runs at once never share a socket.
     */
    static Path socketFolder() throws IOException {
        List<Path> candidates = List.of(Path.of(System.getProperty("java.io.tmpdir")), Path.of("/tmp"));
        for (Path base : candidates) {
            Path absolute = base.toAbsolutePath();
            int longest = absolute.toString().length() + 1 + "rt-mariadb-".length() + TEMP_SUFFIX_ROOM
                    + 1 + SOCKET_NAME.length();
            if (longest <= MAX_SOCKET_PATH && Files.isDirectory(absolute) && Files.isWritable(absolute)) {
                return Files.createTempDirectory(absolute, "rt-mariadb-",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
        }
        throw new IllegalStateException("No folder short enough for MariaDB's Unix socket (at most "
                + MAX_SOCKET_PATH + " characters): the temp folder " + candidates.get(0)
                + " is too long and /tmp is not writable. Set -Djava.io.tmpdir to a short, writable folder.");
    }

    private static Path binary(String... names) {
        for (String name : names) {
            Optional<Path> found = SEARCH_PATH.stream()
                    .map(dir -> dir.resolve(name))
                    .filter(Files::isExecutable)
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new IllegalStateException("""
                The tests need a MySQL-compatible server and found no '%s' binary.
                Install MariaDB's server package (Debian/Ubuntu: apt-get install -y mariadb-server;
                .ci/run does this for you), or point the tests at an existing MySQL 8 server with
                RELEASETRAIN_TEST_JDBC_URL, RELEASETRAIN_TEST_JDBC_USER and RELEASETRAIN_TEST_JDBC_PASSWORD."""
                .formatted(names[0]));
    }

    private static void run(List<String> command, Path log) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (process.waitFor() != 0) {
                throw new IllegalStateException("'" + String.join(" ", command) + "' failed; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command.get(0), e);
        }
    }

    private static void awaitReady(DatabaseServer db, Process process, Path log) {
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        SQLException last = null;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("MariaDB exited during startup; see " + log);
            }
            try (var connection = DriverManager.getConnection(db.jdbcUrl() + "/", db.username(), db.password())) {
                return;
            } catch (SQLException e) {
                last = e;
                // Connection polling is how readiness is observed; the wait between polls is short.
                try {
                    process.waitFor(50, java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for MariaDB", ie);
                }
            }
        }
        throw new IllegalStateException("MariaDB did not accept connections within " + STARTUP_TIMEOUT + "; see " + log, last);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        List<Path> all = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(path)) {
            walk.forEach(all::add);
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            Files.deleteIfExists(all.get(i));
        }
    }
}
