package io.releasetrain.promoter.ingress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.ServerSocket;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

    @Test
    void theDriversFailureToReachADatabaseIsUnavailable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Throwable refused = catchThrowable(() -> DriverManager.getConnection(
                "jdbc:mysql://127.0.0.1:" + closedPort + "/promoter?connectTimeout=2000", "nobody", "nothing"));

        assertThat(refused).isInstanceOf(SQLException.class);
        assertThat(DatabaseFailures.isUnavailable(new IllegalStateException("outbox failed", refused))).isTrue();
    }

    @Test
    void thePoolsAcquisitionTimeoutIsUnavailable() {
        assertThat(DatabaseFailures.isUnavailable(new SQLException("Sorry, acquisition timeout!"))).isTrue();
    }

    @Test
    void otherDatabaseErrorsAreBugsNotOutages() {
        assertThat(DatabaseFailures.isUnavailable(new SQLIntegrityConstraintViolationException("Duplicate entry", "23000")))
                .isFalse();
        assertThat(DatabaseFailures.isUnavailable(new SQLException("Table 'promoter.x' doesn't exist", "42S02"))).isFalse();
        assertThat(DatabaseFailures.isUnavailable(new IllegalStateException("bug"))).isFalse();
    }
}
