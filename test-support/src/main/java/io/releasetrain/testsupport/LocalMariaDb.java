package io.releasetrain.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
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
 */
final class LocalMariaDb {

    private static final List<Path> SEARCH_PATH = Stream.concat(
                    Stream.of(System.getenv().getOrDefault("PATH", "").split(":")),
                    Stream.of("/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin"))
            .filter(s -> !s.isBlank())
            .map(Path::of)
            .toList();

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

    private LocalMariaDb() {
    }

    /** Starts a server and returns how to reach it. */
    static DatabaseServer start(Path baseDir) {
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
            Process process = new ProcessBuilder(server.toString(), "--no-defaults",
                    "--datadir=" + data, "--port=" + port, "--bind-address=127.0.0.1",
                    "--socket=" + dir.resolve("mariadb.sock"), "--user=" + user, "--skip-log-bin",
                    "--skip-name-resolve", "--init-file=" + init, "--log-error=" + dir.resolve("server.log"),
                    "--max-connections=400", "--innodb-buffer-pool-size=128M",
                    "--innodb-flush-log-at-trx-commit=2", "--character-set-server=utf8mb4",
                    "--collation-server=utf8mb4_unicode_ci", "--transaction-isolation=READ-COMMITTED")
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("stdout.log").toFile())
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process), "local-mariadb-stop"));
            DatabaseServer db = new DatabaseServer("jdbc:mysql://127.0.0.1:" + port, "releasetrain", password);
            awaitReady(db, process, dir.resolve("server.log"));
            return db;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start a private MariaDB server: " + e.getMessage(), e);
        }
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
