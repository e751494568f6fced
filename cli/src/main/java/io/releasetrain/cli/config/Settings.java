package io.releasetrain.cli.config;

import io.releasetrain.cli.CliFailure;
import io.releasetrain.cli.Terminal;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * Where the services are and who the identity provider is: from the environment first, then the config file
 * ({@code config.properties} in the {@link #configDir() config directory}), then the local run's defaults.
 *
 * <p>Keys (file / environment): {@code promoter.url} / {@code RT_PROMOTER_URL} (default
 * {@code http://127.0.0.1:8081}), {@code ppc-updater.url} / {@code RT_PPC_UPDATER_URL} (8082),
 * {@code maintenance.url} / {@code RT_MAINTENANCE_URL} (8083), {@code notifier.url} / {@code RT_NOTIFIER_URL}
 * (8084), {@code oidc.issuer} / {@code RT_OIDC_ISSUER}, {@code oidc.client-id} / {@code RT_OIDC_CLIENT_ID}
 * (default {@code rt}), {@code oidc.scope} / {@code RT_OIDC_SCOPE} (default {@code openid}).
 */
public final class Settings {

    /** The file in the config directory that holds the settings. */
    public static final String FILE = "config.properties";

    private final Terminal terminal;
    private final Path configDir;
    private final Properties file;

    private Settings(Terminal terminal, Path configDir, Properties file) {
        this.terminal = terminal;
        this.configDir = configDir;
        this.file = file;
    }

    /** Reads the settings of this run. */
    public static Settings load(Terminal terminal) {
        Path dir = configDir(terminal);
        Properties properties = new Properties();
        Path path = dir.resolve(FILE);
        if (Files.isRegularFile(path)) {
            try (Reader reader = Files.newBufferedReader(path)) {
                properties.load(reader);
            } catch (IOException e) {
                throw CliFailure.usage("Cannot read " + path + ": " + e.getMessage() + ". Fix or remove the file.");
            }
        }
        return new Settings(terminal, dir, properties);
    }

    /**
     * {@code RT_CONFIG_DIR}, else {@code $XDG_CONFIG_HOME/rt}, else {@code ~/.config/rt}.
     */
    static Path configDir(Terminal terminal) {
        String explicit = terminal.variable("RT_CONFIG_DIR");
        if (explicit != null) {
            return Path.of(explicit);
        }
        String xdg = terminal.variable("XDG_CONFIG_HOME");
        if (xdg != null) {
            return Path.of(xdg, "rt");
        }
        String home = terminal.variable("HOME");
        return Path.of(home != null ? home : System.getProperty("user.home"), ".config", "rt");
    }

    /** The directory holding {@code config.properties} and the stored token. */
    public Path configDir() {
        return configDir;
    }

    /** The value of {@code key}: the environment variable {@code RT_<KEY>} wins over the file; null if neither. */
    public String value(String key) {
        String fromEnv = terminal.variable(environmentName(key));
        if (fromEnv != null) {
            return fromEnv;
        }
        String fromFile = file.getProperty(key);
        return fromFile == null || fromFile.isBlank() ? null : fromFile.strip();
    }

    /** The value of {@code key}, or {@code fallback}. */
    public String value(String key, String fallback) {
        String value = value(key);
        return value != null ? value : fallback;
    }

    /** Where a setting came from, for {@code rt config}. */
    public String origin(String key) {
        if (terminal.variable(environmentName(key)) != null) {
            return "environment " + environmentName(key);
        }
        return file.getProperty(key) != null ? configDir.resolve(FILE).toString() : "default";
    }

    /** {@code ppc-updater.url} becomes {@code RT_PPC_UPDATER_URL}. */
    public static String environmentName(String key) {
        return "RT_" + key.toUpperCase(Locale.ROOT).replace('-', '_').replace('.', '_');
    }
}
