package io.releasetrain.ppcupdater.config;

import io.releasetrain.messaging.web.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One version of a PPC's configuration: plain settings, and secrets as names in the CI's secret store
 * (never their values). Passed to every job as {@code PPC_CONFIG_<KEY>=value}; a secret as
 * {@code PPC_CONFIG_<KEY>=$NAME}, which the CI expands from its own store.
 *
 * @param values     plain settings
 * @param secretRefs settings whose value is a secret: the name of the CI secret holding it
 */
public record ConfigEntries(Map<String, String> values, Map<String, String> secretRefs) {

    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    private static final Pattern SECRET_NAME = Pattern.compile("[A-Z_][A-Z0-9_]{0,127}");
    // Values reach the job as environment variables the CI exports through a shell: nothing it would expand or split.
    private static final Pattern PLAIN_VALUE = Pattern.compile("[^\\s\"'`$\\\\]{0,500}");
    private static final int MAX_ENTRIES = 200;

    /** An empty configuration. */
    public static final ConfigEntries NONE = new ConfigEntries(Map.of(), Map.of());

    public ConfigEntries {
        values = values == null ? Map.of() : Map.copyOf(new TreeMap<>(values));
        secretRefs = secretRefs == null ? Map.of() : Map.copyOf(new TreeMap<>(secretRefs));
    }

    /** Checks keys, values and secret names; fails naming the first offending entry. */
    public ConfigEntries validated() {
        if (values.size() + secretRefs.size() > MAX_ENTRIES) {
            throw new InvalidRequestException("values", "at most " + MAX_ENTRIES + " entries");
        }
        values.forEach((key, value) -> {
            requireKey("values", key);
            if (value == null || !PLAIN_VALUE.matcher(value).matches()) {
                throw new InvalidRequestException("values." + key,
                        "must be up to 500 characters without whitespace, quotes, $ or backslashes");
            }
        });
        secretRefs.forEach((key, name) -> {
            requireKey("secretRefs", key);
            if (values.containsKey(key)) {
                throw new InvalidRequestException("secretRefs." + key, "is also a plain value; give it once");
            }
            if (name == null || !SECRET_NAME.matcher(name).matches()) {
                throw new InvalidRequestException("secretRefs." + key,
                        "must name a secret of the CI's store (upper case letters, digits, _), not hold a value");
            }
        });
        return this;
    }

    /** The configuration as job environment entries, sorted by key. */
    public List<String> asJobEnvironment() {
        TreeMap<String, String> entries = new TreeMap<>();
        values.forEach((key, value) -> entries.put(envName(key), value));
        secretRefs.forEach((key, name) -> entries.put(envName(key), "$" + name));
        List<String> environment = new ArrayList<>(entries.size());
        entries.forEach((name, value) -> environment.add(name + "=" + value));
        return environment;
    }

    private static String envName(String key) {
        return "PPC_CONFIG_" + key.toUpperCase(java.util.Locale.ROOT);
    }

    private static void requireKey(String field, String key) {
        if (!KEY.matcher(key).matches()) {
            throw new InvalidRequestException(field + "." + key, "keys are letters, digits and _, starting with a letter");
        }
    }
}
