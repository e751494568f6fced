package io.releasetrain.console.maintenance;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A PPC's flags as maintenance-service shows them ({@code GET /clouds}).
 *
 * @param holds why the flags set through maintenance-service are on
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CloudFlags(String id, String name, String orgId, long flags, boolean maintenance,
        boolean healthCheckOptOut, List<String> setFlags, boolean retired, List<Hold> holds) {

    public CloudFlags {
        setFlags = setFlags == null ? List.of() : List.copyOf(setFlags);
        holds = holds == null ? List.of() : List.copyOf(holds);
    }

    /** The flags in hex, every bit, as the runbook writes them (e.g. {@code 0x3}). */
    public String hex() {
        return "0x" + Long.toHexString(flags);
    }

    /** Whether {@code flag} ({@code maintenance} or {@code health-check-opt-out}) is on. */
    public boolean isOn(String flag) {
        return "maintenance".equals(flag) ? maintenance : "health-check-opt-out".equals(flag) && healthCheckOptOut;
    }

    /** The hold on {@code flag} ({@code maintenance} or {@code health-check-opt-out}), or null. */
    public Hold holdOf(String flag) {
        return holds.stream().filter(h -> flag.equals(h.flag())).findFirst().orElse(null);
    }
}
