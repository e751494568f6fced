package io.releasetrain.testsupport;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.regex.Pattern;

/**
 * The MySQL-compatible server tests run against, started once per JVM, and fresh databases on it.
 *
 * <p>Which server, in order:
 * <ol>
 *   <li>{@value #EXTERNAL_URL_ENV} (with {@value #EXTERNAL_USER_ENV} and {@value #EXTERNAL_PASSWORD_ENV}):
 *       an existing server, such as MySQL 8; databases get a {@code releasetrain_test_} prefix;</li>
 *   <li>system property {@code releasetrain.test.db=testcontainers-mysql8} (the {@code mysql8-docker}
 *       Maven profile): MySQL 8 in Testcontainers, which needs a Docker engine;</li>
 *   <li>otherwise a private MariaDB under {@code target/}, from the installed Debian binaries.</li>
 * </ol>
 */
public final class TestDatabases {

    /** JDBC URL of an external server, without a database, e.g. {@code jdbc:mysql://db:3306}. */
    public static final String EXTERNAL_URL_ENV = "RELEASETRAIN_TEST_JDBC_URL";
    /** User for the external server; it must be allowed to create and drop databases. */
    public static final String EXTERNAL_USER_ENV = "RELEASETRAIN_TEST_JDBC_USER";
    /** Password for the external server. */
    public static final String EXTERNAL_PASSWORD_ENV = "RELEASETRAIN_TEST_JDBC_PASSWORD";

    private static final String SERVER_PROPERTY = "releasetrain.test.db.server";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,40}");

    private TestDatabases() {
    }

    /** The shared test server, starting it on first use. */
    public static DatabaseServer server() {
        String url = System.getenv(EXTERNAL_URL_ENV);
        if (url != null && !url.isBlank()) {
            return new DatabaseServer(url, System.getenv().getOrDefault(EXTERNAL_USER_ENV, "root"),
                    System.getenv().getOrDefault(EXTERNAL_PASSWORD_ENV, ""));
        }
        return DatabaseServer.decode(JvmSingleton.get(SERVER_PROPERTY, () -> startServer().encode()));
    }

    /**
     * The JDBC URL of an empty database named after {@code name}, dropped and created the first time
     * it is asked for in this JVM, so every module run starts from nothing.
     */
    public static String freshDatabase(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a usable database name: " + name);
        }
        DatabaseServer server = server();
        String database = System.getenv(EXTERNAL_URL_ENV) == null ? name : "releasetrain_test_" + name;
        JvmSingleton.get("releasetrain.test.db.created." + database, () -> {
            recreate(server, database);
            return "yes";
        });
        return server.urlOf(database);
    }

    private static DatabaseServer startServer() {
        if ("testcontainers-mysql8".equals(System.getProperty("releasetrain.test.db"))) {
            return MySql8Container.start();
        }
        return LocalMariaDb.start(Path.of("target"));
    }

    private static void recreate(DatabaseServer server, String database) {
        try (var connection = DriverManager.getConnection(server.jdbcUrl() + "/", server.username(), server.password());
                var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + database + "`");
            statement.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + database + ": " + e.getMessage(), e);
        }
    }
}
