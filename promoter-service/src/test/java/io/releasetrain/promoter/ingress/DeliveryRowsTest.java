package io.releasetrain.promoter.ingress;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.releasetrain.events.scm.BranchPushed;
import io.releasetrain.promoter.ingress.DeliveryLedger.Delivery;
import io.releasetrain.promoter.ingress.DeliveryLedger.DeliveryRecord;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Recording several deliveries with one statement still tells each new delivery from a duplicate. */
@QuarkusTest
class DeliveryRowsTest {

    @Inject
    DataSource dataSource;

    @Test
    void newDeliveriesAreRecordedAndDuplicatesInTheBatchOrBeforeAreNot() throws Exception {
        Delivery recordedBefore = delivery(UUID.randomUUID().toString());
        Delivery first = delivery(UUID.randomUUID().toString());
        Delivery second = delivery(UUID.randomUUID().toString());
        Delivery firstAgain = delivery(first.record().deliveryId());

        List<Boolean> before = write(List.of(recordedBefore));
        List<Boolean> batch = write(List.of(first, second, firstAgain, recordedBefore));

        assertThat(before).containsExactly(true);
        assertThat(batch).containsExactly(true, true, false, false);
    }

    @Test
    void aBatchOfNewDeliveriesIsRecordedWhole() throws Exception {
        List<Boolean> batch = write(List.of(delivery(UUID.randomUUID().toString()), delivery(UUID.randomUUID().toString()),
                delivery(UUID.randomUUID().toString())));

        assertThat(batch).containsExactly(true, true, true);
        assertThat(write(List.of(delivery(UUID.randomUUID().toString())))).containsExactly(true);
    }

    private List<Boolean> write(List<Delivery> deliveries) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            List<Boolean> recorded = DeliveryRows.insertNew(connection, deliveries, Instant.now());
            connection.commit();
            connection.setAutoCommit(true);
            return recorded;
        }
    }

    private static Delivery delivery(String id) {
        BranchPushed event = new BranchPushed("acme/rows", "staging", "a".repeat(40), "b".repeat(40), "octocat", false);
        return new Delivery(new DeliveryRecord("github", id, "push", "acme/rows", "github:" + id), List.of(event));
    }
}
