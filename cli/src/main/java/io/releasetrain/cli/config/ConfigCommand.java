package io.releasetrain.cli.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.releasetrain.cli.RtCommand;
import io.releasetrain.cli.http.Service;
import io.releasetrain.cli.output.Json;
import io.releasetrain.cli.output.Table;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code rt config}: the settings in effect and where each comes from. */
@Command(name = "config", description = "Show the service URLs and sign-in settings in effect, and where each comes from.",
        footerHeading = "%nSettings:%n",
        footer = {"  Environment RT_<KEY> (e.g. RT_MAINTENANCE_URL) wins over config.properties in the config",
            "  directory (RT_CONFIG_DIR, else $XDG_CONFIG_HOME/rt, else ~/.config/rt). Keys: promoter.url,",
            "  ppc-updater.url, maintenance.url, notifier.url, oidc.issuer, oidc.client-id, oidc.scope."})
public final class ConfigCommand extends RtCommand {

    @Override
    protected void execute() {
        Settings settings = rt().settings();
        List<String[]> rows = new ArrayList<>();
        for (Service service : Service.values()) {
            rows.add(new String[] {service.setting(), settings.value(service.setting(), service.localUrl()),
                settings.origin(service.setting())});
        }
        rows.add(new String[] {"oidc.issuer", settings.value("oidc.issuer"), settings.origin("oidc.issuer")});
        rows.add(new String[] {"oidc.client-id", settings.value("oidc.client-id", "rt"), settings.origin("oidc.client-id")});
        rows.add(new String[] {"oidc.scope", settings.value("oidc.scope", "openid"), settings.origin("oidc.scope")});
        rows.add(new String[] {"config directory", settings.configDir().toString(), ""});
        ObjectNode answer = Json.object();
        rows.forEach(row -> answer.put(row[0], row[1]));
        print(answer, () -> {
            Table table = Table.of("SETTING", "VALUE", "FROM");
            rows.forEach(row -> table.row((Object[]) row));
            table.print(out());
        });
    }
}
