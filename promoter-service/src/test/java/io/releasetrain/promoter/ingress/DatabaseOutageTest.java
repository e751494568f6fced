package io.releasetrain.promoter.ingress;

import static io.releasetrain.promoter.Webhooks.github;
import static io.releasetrain.promoter.Webhooks.newDeliveryId;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.promoter.GitHubPayloads;
import io.releasetrain.promoter.PromoterTestResources;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The real thing, end to end: the service's database connections go through a proxy the test cuts, so
 * the JDBC driver fails exactly as when the database goes away, while the database server other tests
 * use stays up.
 */
@QuarkusTest
class DatabaseOutageTest {

    private static final String PROXY_SWITCH = "promoter.test.database-proxy.wanted";
    private static final String PROXY_STATE = "promoter.test.database-proxy.state";

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void databaseComesBack() {
        switchDatabase("up");
        // Connections cut during the outage are dropped; new ones are made on demand.
        dataSource.flush(AgroalDataSource.FlushMode.ALL);
    }

    @Test
    void whileTheDatabaseIsDownDeliveriesGet503WithRetryAfterAndNothingIsRecorded() {
        String id = newDeliveryId();
        String body = GitHubPayloads.push(PromoterTestResources.SERVICE_REPOSITORY, "cdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd");

        switchDatabase("down");

        github("push", id, body).then()
                .statusCode(503)
                .header("Retry-After", equalTo("7"))
                .body("status", equalTo(503))
                .body("message", containsString("send it again"));

        databaseComesBack();

        // The redelivery is taken in as new: the failed attempt left no record behind.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> github("push", id, body).then()
                .statusCode(202).body("status", equalTo("accepted")));
    }

    private static void switchDatabase(String state) {
        System.setProperty(PROXY_SWITCH, state);
        await().atMost(Duration.ofSeconds(5)).until(() -> state.equals(System.getProperty(PROXY_STATE)));
    }
}
