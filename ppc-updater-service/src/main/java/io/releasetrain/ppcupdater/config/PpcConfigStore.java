package io.releasetrain.ppcupdater.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.releasetrain.events.EventJson;
import io.releasetrain.ppcupdater.registry.FleetRegistry;
import io.releasetrain.ppcupdater.registry.Ppc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Versions of per-PPC configuration: every change is a new version with who and why, announced as a PPC change. */
@ApplicationScoped
public class PpcConfigStore {

    private final FleetRegistry registry;
    private final Clock clock;

    PpcConfigStore(FleetRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /** Stores {@code entries} as the PPC's new configuration version. */
    @Transactional
    public PpcConfig change(String cloudId, ConfigEntries entries, String actor, String reason) {
        Ppc ppc = FleetRegistry.existing(cloudId);
        entries.validated();
        PpcConfig current = PpcConfig.current(cloudId);
        PpcConfig next = new PpcConfig();
        next.cloudId = cloudId;
        next.version = current == null ? 1 : current.version + 1;
        next.entries = write(entries);
        next.changedBy = actor;
        next.reason = reason;
        next.changedAt = clock.instant();
        next.persist();
        registry.announce(ppc, "configuration version " + next.version, actor, reason);
        return next;
    }

    /** The PPC's current configuration; empty when it has none. */
    public static ConfigEntries currentEntries(String cloudId) {
        PpcConfig current = PpcConfig.current(cloudId);
        return current == null ? ConfigEntries.NONE : read(current.entries);
    }

    static ConfigEntries read(String json) {
        try {
            return EventJson.mapper().readValue(json, ConfigEntries.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored configuration is not readable: " + e.getOriginalMessage(), e);
        }
    }

    private static String write(ConfigEntries entries) {
        try {
            return EventJson.mapper().writeValueAsString(entries);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write a configuration", e);
        }
    }
}
