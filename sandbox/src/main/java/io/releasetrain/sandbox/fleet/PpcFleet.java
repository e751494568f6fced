package io.releasetrain.sandbox.fleet;

import static io.releasetrain.sandbox.json.Json.object;
import static io.releasetrain.sandbox.json.Json.time;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The simulated PPC fleet: any name is a PPC (healthy, no version yet) until told otherwise. PPC jobs set
 * versions; controls make a PPC unhealthy or its next update fail. Thread-safe.
 */
@ApplicationScoped
public class PpcFleet {

    /** One PPC's simulated state. */
    static final class Ppc {
        final String name;
        String version;
        String sdkVersion;
        String region;
        String accessToken;
        boolean healthy = true;
        boolean failNextUpdate;
        int updates;
        Instant updatedAt;

        Ppc(String name) {
            this.name = name;
        }
    }

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final TreeMap<String, Ppc> ppcs = new TreeMap<>();

    PpcFleet(Clock clock) {
        this.clock = clock;
    }

    private Ppc ppc(String name) {
        return ppcs.computeIfAbsent(name, Ppc::new);
    }

    public synchronized boolean healthy(String name) {
        return ppc(name).healthy;
    }

    public synchronized void setHealthy(String name, boolean healthy) {
        ppc(name).healthy = healthy;
    }

    /** The next update job of the PPC fails (and changes nothing). */
    public synchronized void failNextUpdate(String name) {
        ppc(name).failNextUpdate = true;
    }

    /**
     * What an update job does to the PPC: sets its versions, unless it was told to fail.
     *
     * @return whether the update succeeded
     */
    public synchronized boolean update(String name, String version, String sdkVersion) {
        Ppc ppc = ppc(name);
        if (ppc.failNextUpdate) {
            ppc.failNextUpdate = false;
            return false;
        }
        if (version != null) {
            ppc.version = version;
        }
        if (sdkVersion != null) {
            ppc.sdkVersion = sdkVersion;
        }
        ppc.updates++;
        ppc.updatedAt = clock.instant();
        return true;
    }

    /**
     * What a create job does: stands the PPC up and returns its access token; null when it was told to fail.
     */
    public synchronized String create(String name, String region, String version, String sdkVersion) {
        if (!update(name, version, sdkVersion)) {
            return null;
        }
        Ppc ppc = ppc(name);
        ppc.region = region;
        byte[] token = new byte[15];
        random.nextBytes(token);
        ppc.accessToken = "AWU" + HexFormat.of().formatHex(token);
        return ppc.accessToken;
    }

    public synchronized Map<String, Object> view(String name) {
        return view(ppc(name));
    }

    public synchronized List<Map<String, Object>> all() {
        return ppcs.values().stream().map(PpcFleet::view).toList();
    }

    private static Map<String, Object> view(Ppc ppc) {
        return object("name", ppc.name, "healthy", ppc.healthy, "version", ppc.version, "sdkVersion", ppc.sdkVersion,
                "region", ppc.region, "updates", ppc.updates, "updatedAt", time(ppc.updatedAt),
                "failNextUpdate", ppc.failNextUpdate);
    }
}
