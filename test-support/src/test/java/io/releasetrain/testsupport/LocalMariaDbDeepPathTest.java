package io.releasetrain.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/**
 * A checkout can lie at any depth (CI workspaces are long paths); the private server must start
 * anyway, because its Unix socket never lives under the checkout.
 */
class LocalMariaDbDeepPathTest {

    @Test
    void startsFromAFolderWhosePathIsLongerThanASocketPathMayBe() throws Exception {
        // Given a base folder far deeper than the 107 characters a socket path may have
        Path deep = Path.of("target").toAbsolutePath()
                .resolve("a-checkout-in-a-ci-workspace-named-after-a-forty-hex-commit-0123456789abcdef01234567")
                .resolve("repo/promoter-service/target");
        Files.createDirectories(deep);
        assertThat(deep.resolve("mariadb-12345/mariadb.sock").toString().length()).isGreaterThan(110);

        // When a server is started there
        LocalMariaDb.Running running = LocalMariaDb.startStoppable(deep);
        try {
            // Then it answers over TCP, its data lies under the deep folder and its socket does not
            try (var connection = DriverManager.getConnection(running.server().jdbcUrl() + "/",
                    running.server().username(), running.server().password());
                 ResultSet rows = connection.createStatement().executeQuery("SELECT @@datadir, @@socket")) {
                assertThat(rows.next()).isTrue();
                assertThat(Path.of(rows.getString(1))).startsWith(deep);
                assertThat(rows.getString(2)).isEqualTo(running.socket().toString());
            }
            assertThat(running.socket().toString().length()).isLessThanOrEqualTo(LocalMariaDb.MAX_SOCKET_PATH);
            assertThat(Files.exists(running.socket())).isTrue();
        } finally {
            running.stop();
        }
        // And stopping it removes its private socket folder
        assertThat(Files.exists(running.socket().getParent())).isFalse();
    }

    @Test
    void everyServerGetsItsOwnSocketFolder() throws Exception {
        Path first = LocalMariaDb.socketFolder();
        Path second = LocalMariaDb.socketFolder();
        try {
            assertThat(first).isNotEqualTo(second);
            assertThat(Files.getPosixFilePermissions(first))
                    .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                            java.nio.file.attribute.PosixFilePermission.OWNER_WRITE,
                            java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE);
        } finally {
            Files.deleteIfExists(first);
            Files.deleteIfExists(second);
        }
    }
}
