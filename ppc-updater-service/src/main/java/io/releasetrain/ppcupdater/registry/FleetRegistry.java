package io.releasetrain.ppcupdater.registry;

import io.releasetrain.events.ppc.PpcChanged;
import io.releasetrain.events.ppc.PpcKind;
import io.releasetrain.events.ppc.PpcRegistered;
import io.releasetrain.messaging.outbox.Outbox;
import io.releasetrain.messaging.web.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Adds PPCs to the fleet and changes them; each change is announced on {@code ppc-events} in the same transaction. */
@ApplicationScoped
public class FleetRegistry {

    private final Outbox outbox;
    private final Clock clock;

    FleetRegistry(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Registers an attached PPC.
     *
     * @throws InvalidRequestException when a SERVICE PPC has no environment, or the PPC's name parts are not known
     * @throws DuplicatePpcException when the name or cloud id is already in the fleet
     */
    @Transactional
    public Ppc register(RegisterPpcRequest request, String actor) {
        if (request.kind() == PpcKind.SERVICE && (request.environment() == null || request.environment().isBlank())) {
            throw new InvalidRequestException("environment", "is required for a SERVICE PPC: the environment it is updated with");
        }
        String cloudId = request.cloudId() == null ? UUID.randomUUID().toString() : request.cloudId();
        requireNew(request.name(), cloudId);
        String prefix = request.namePrefix() != null ? request.namePrefix() : PpcNames.prefixOf(request.name());
        String suffix = request.nameSuffix() != null ? request.nameSuffix() : PpcNames.suffixOf(request.name());
        if (prefix == null || suffix == null) {
            // Without them every update of the PPC would fail at once, and with it the canary wave of each rollout.
            throw new InvalidRequestException("name", "'" + request.name() + "' does not have the form <prefix>-ppc-<suffix>; "
                    + "give namePrefix and nameSuffix, the parts the update jobs address the PPC by (PULUMI_STACK_NAME_OVERRIDE "
                    + "and the suffix)");
        }
        Ppc ppc = new Ppc();
        ppc.cloudId = cloudId;
        ppc.name = request.name();
        ppc.namePrefix = prefix;
        ppc.nameSuffix = suffix;
        ppc.orgId = request.orgId();
        ppc.kind = request.kind();
        ppc.environment = request.environment();
        ppc.endpoint = request.endpoint();
        ppc.region = request.region();
        ppc.version = request.version();
        ppc.healthPath = request.healthPath();
        ppc.status = PpcStatus.ATTACHED;
        ppc.registeredBy = actor;
        ppc.registeredAt = clock.instant();
        ppc.persist();
        outbox.publish(new PpcRegistered(ppc.cloudId, ppc.name, ppc.orgId, ppc.kind, ppc.environment, ppc.endpoint));
        return ppc;
    }

    /** Fails unless neither the name nor the cloud id is in the fleet. */
    public void requireNew(String name, String cloudId) {
        if (Ppc.byName(name) != null) {
            throw new DuplicatePpcException("A PPC named '" + name + "' is already registered");
        }
        if (Ppc.findById(cloudId) != null) {
            throw new DuplicatePpcException("A PPC with cloud id '" + cloudId + "' is already registered");
        }
    }

    /** Changes the fields {@code request} gives. */
    @Transactional
    public Ppc change(String cloudId, ChangePpcRequest request, String actor) {
        Ppc ppc = existing(cloudId);
        List<String> changed = new ArrayList<>();
        ppc.endpoint = changed(ppc.endpoint, request.endpoint(), "endpoint", changed);
        ppc.region = changed(ppc.region, request.region(), "region", changed);
        ppc.environment = changed(ppc.environment, request.environment(), "environment", changed);
        ppc.version = changed(ppc.version, request.version(), "version", changed);
        ppc.healthPath = changed(ppc.healthPath, request.healthPath(), "healthPath", changed);
        ppc.namePrefix = changed(ppc.namePrefix, request.namePrefix(), "namePrefix", changed);
        ppc.nameSuffix = changed(ppc.nameSuffix, request.nameSuffix(), "nameSuffix", changed);
        if (changed.isEmpty()) {
            throw new InvalidRequestException("body", "changes nothing: give at least one field with a new value");
        }
        announce(ppc, String.join(", ", changed), actor, request.reason());
        return ppc;
    }

    /** Records a change made elsewhere in the service (a status move, an update) and announces it. */
    public void announce(Ppc ppc, String change, String actor, String reason) {
        ppc.updatedBy = actor;
        ppc.updatedAt = clock.instant();
        outbox.publish(new PpcChanged(ppc.cloudId, ppc.name, ppc.orgId, ppc.kind, ppc.environment, ppc.endpoint,
                ppc.region, ppc.version, ppc.status.name(), change, actor, reason));
    }

    /** The PPC with this cloud id. */
    public static Ppc existing(String cloudId) {
        Ppc ppc = Ppc.findById(cloudId);
        if (ppc == null) {
            throw new NotFoundException("No PPC with cloud id '" + cloudId + "'");
        }
        return ppc;
    }

    private static String changed(String current, String requested, String field, List<String> changed) {
        if (requested == null || requested.equals(current)) {
            return current;
        }
        changed.add(field);
        return requested;
    }

    /** The PPC is already in the fleet. */
    public static final class DuplicatePpcException extends RuntimeException {
        DuplicatePpcException(String message) {
            super(message);
        }
    }
}
