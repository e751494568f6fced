package io.releasetrain.messaging.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * How far the outbox is behind, for operators: a wellness check ({@code /q/health/well}) and the
 * gauge {@code releasetrain_outbox_pending}. A backlog does not make the service unready: the
 * events are safe in the database and go out when Kafka is back.
 */
@Wellness
@ApplicationScoped
public class OutboxHealth implements HealthCheck {

    private final OutboxRelayWorker relay;
    private final AtomicLong lastPending = new AtomicLong();

    OutboxHealth(OutboxRelayWorker relay, MeterRegistry registry) {
        this.relay = relay;
        Gauge.builder("releasetrain.outbox.pending", lastPending, AtomicLong::get)
                .description("Outbox events committed but not yet published, as of the last health check or scrape")
                .register(registry);
    }

    @Override
    public HealthCheckResponse call() {
        try {
            long pending = relay.pendingCount();
            lastPending.set(pending);
            return HealthCheckResponse.named("outbox")
                    .status(!relay.isFailing())
                    .withData("pending", pending)
                    .withData("relaying", relay.isRelaying())
                    .build();
        } catch (SQLException e) {
            return HealthCheckResponse.named("outbox").down().withData("error", e.getMessage()).build();
        }
    }
}
