package io.releasetrain.console;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** What the console is configured with, beside the service URLs (quarkus.rest-client.*) and sign-in (quarkus.oidc.*). */
@ConfigMapping(prefix = "releasetrain.console")
public interface ConsoleConfig {

    /** The train's time zone: the one its calendar runs in; every time is shown in it and in the viewer's own. */
    @WithDefault("America/Los_Angeles")
    ZoneId trainZone();

    /** How many of the latest bus events the console keeps in memory for the Events page and new browsers. */
    @WithDefault("200")
    int recentEvents();
}
