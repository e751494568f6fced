package io.releasetrain.ppcupdater.config;

import java.time.Instant;
import java.util.Map;

/** One configuration version as the REST API shows it. */
public record ConfigView(String cloudId, int version, Map<String, String> values, Map<String, String> secretRefs,
        String changedBy, String reason, Instant changedAt) {

    static ConfigView of(PpcConfig config) {
        ConfigEntries entries = PpcConfigStore.read(config.entries);
        return new ConfigView(config.cloudId, config.version, entries.values(), entries.secretRefs(), config.changedBy,
                config.reason, config.changedAt);
    }
}
