package io.releasetrain.ppcupdater.registry;

import io.releasetrain.events.ppc.PpcKind;
import io.releasetrain.events.ppc.PpcRegistered;
import io.releasetrain.messaging.outbox.Outbox;
import io.releasetrain.messaging.web.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/** Adds PPCs to the fleet; each addition is announced on {@code ppc-events} in the same transaction. */
@ApplicationScoped
public class FleetRegistry {

    private final Outbox outbox;
    private final Clock clock;

    FleetRegistry(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Registers a PPC.
     *
     * @throws DuplicatePpcException when the name or cloud id is already in the fleet
     */
    @Transactional
    public Ppc register(RegisterPpcRequest request, String actor) {
        if (request.kind() == PpcKind.SERVICE && (request.environment() == null || request.environment().isBlank())) {
            throw new InvalidRequestException("environment", "is required for a SERVICE PPC: the environment it is updated with");
        }
        if (Ppc.byName(request.name()) != null) {
            throw new DuplicatePpcException("A PPC named '" + request.name() + "' is already registered");
        }
        String cloudId = request.cloudId() == null ? UUID.randomUUID().toString() : request.cloudId();
        if (Ppc.findById(cloudId) != null) {
            throw new DuplicatePpcException("A PPC with cloud id '" + cloudId + "' is already registered");
        }
        Ppc ppc = new Ppc();
        ppc.cloudId = cloudId;
        ppc.name = request.name();
        ppc.orgId = request.orgId();
        ppc.kind = request.kind();
        ppc.environment = request.environment();
        ppc.endpoint = request.endpoint();
        ppc.registeredBy = actor;
        ppc.registeredAt = clock.instant();
        ppc.persist();
        outbox.publish(new PpcRegistered(ppc.cloudId, ppc.name, ppc.orgId, ppc.kind, ppc.environment, ppc.endpoint));
        return ppc;
    }

    /** The PPC is already in the fleet. */
    public static final class DuplicatePpcException extends RuntimeException {
        DuplicatePpcException(String message) {
            super(message);
        }
    }
}
