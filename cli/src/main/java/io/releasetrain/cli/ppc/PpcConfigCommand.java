package io.releasetrain.cli.ppc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.releasetrain.cli.CommandGroup;
import io.releasetrain.cli.RtCommand;
import io.releasetrain.cli.http.Service;
import io.releasetrain.cli.http.ServiceClient;
import io.releasetrain.cli.output.Json;
import io.releasetrain.cli.output.Table;
import io.releasetrain.cli.output.Times;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rt ppc config}: a PPC's versioned configuration in ppc-updater-service ({@code /ppcs/{id}/config}). Secrets
 * are only ever references to the CI's secret store, never values. Replaces {@code pulumi config set --save}.
 */
@Command(name = "config", description = "A PPC's configuration: show it, its versions, or change settings.",
        subcommands = {PpcConfigCommand.Get.class, PpcConfigCommand.Set.class},
        footerHeading = "%nExamples:%n",
        footer = {"  rt ppc config get learningmachine-ppc-malta",
            "  rt ppc config get learningmachine-ppc-malta --versions",
            "  rt ppc config set learningmachine-ppc-malta region=eu-west-1 --secret apiToken=ppc/malta/api-token \\",
            "      --reason 'move to eu-west-1'",
            "  rt ppc config set learningmachine-ppc-malta --unset debug --reason 'debugging done'"})
public final class PpcConfigCommand extends CommandGroup {

    static final String WHO_MAY = "changing a PPC's configuration needs org-admin, ppc-operator or release-admin.";

    /** {@code rt ppc config get}. */
    @Command(name = "get", description = "Show a PPC's current configuration, or every version of it.")
    static final class Get extends RtCommand {
        @Parameters(paramLabel = "PPC", description = "the PPC's name or cloud id")
        String ppc;
        @Option(names = "--versions", description = "every version, newest first")
        boolean versions;

        @Override
        protected void execute() {
            ServiceClient fleet = client(Service.PPC_UPDATER);
            String path = configPath(fleet, ppc);
            if (versions) {
                JsonNode all = fleet.get(path + "/versions").send();
                print(all, () -> {
                    Table table = Table.of("VERSION", "CHANGED BY", "WHEN", "REASON");
                    all.forEach(v -> table.row(v.path("version").asInt(), text(v, "changedBy"),
                            Times.format(text(v, "changedAt")), text(v, "reason")));
                    table.print(out());
                });
                return;
            }
            JsonNode current = fleet.get(path).whenMissing("Set its first settings with: rt ppc config set " + ppc
                    + " KEY=VALUE --reason R").send();
            print(current, () -> render(current, out()));
        }
    }

    /** {@code rt ppc config set}: reads the current version, changes the named keys, writes the next version. */
    @Command(name = "set", description = "Change some settings of a PPC; the others stay. Writes a new version.")
    static final class Set extends RtCommand {
        @Parameters(index = "0", paramLabel = "PPC", description = "the PPC's name or cloud id")
        String ppc;
        @Parameters(index = "1..*", arity = "0..*", paramLabel = "KEY=VALUE", description = "plain settings")
        List<String> values = new ArrayList<>();
        @Option(names = "--secret", paramLabel = "KEY=REF", description = "a secret, as its name in the CI's secret store")
        List<String> secrets = new ArrayList<>();
        @Option(names = "--unset", paramLabel = "KEY", description = "remove a setting or secret")
        List<String> unset = new ArrayList<>();
        @Option(names = {"-r", "--reason"}, required = true, description = "why; recorded with who")
        String reason;

        @Override
        protected void execute() {
            if (values.isEmpty() && secrets.isEmpty() && unset.isEmpty()) {
                throw usage("Name at least one KEY=VALUE, --secret KEY=REF or --unset KEY.");
            }
            ServiceClient fleet = client(Service.PPC_UPDATER);
            String path = configPath(fleet, ppc);
            JsonNode current = fleet.get(path).sendIfFound();
            Map<String, String> plain = entries(current, "values");
            Map<String, String> refs = entries(current, "secretRefs");
            unset.forEach(key -> {
                plain.remove(key);
                refs.remove(key);
            });
            values.forEach(pair -> put(plain, pair, "KEY=VALUE"));
            secrets.forEach(pair -> put(refs, pair, "--secret KEY=REF"));
            ObjectNode body = Json.object().put("reason", reason);
            body.set("values", Json.mapper().valueToTree(plain));
            body.set("secretRefs", Json.mapper().valueToTree(refs));
            JsonNode changed = fleet.put(path, body).whoMay(WHO_MAY).send();
            print(changed, () -> {
                out().println("Configuration of " + ppc + " is now version " + changed.path("version").asInt() + ".");
                render(changed, out());
            });
        }

        private void put(Map<String, String> into, String pair, String form) {
            int at = pair.indexOf('=');
            if (at <= 0) {
                throw usage("'" + pair + "' is not " + form + ".");
            }
            into.put(pair.substring(0, at), pair.substring(at + 1));
        }
    }

    private static String configPath(ServiceClient fleet, String ppc) {
        String cloudId = PpcLookup.find(fleet.get("/ppcs").send(), "cloudId", ppc).path("cloudId").asText();
        return "/ppcs/" + ServiceClient.segment(cloudId) + "/config";
    }

    private static Map<String, String> entries(JsonNode config, String field) {
        Map<String, String> entries = new LinkedHashMap<>();
        if (config != null) {
            config.path(field).fields().forEachRemaining(e -> entries.put(e.getKey(), e.getValue().asText()));
        }
        return entries;
    }

    private static void render(JsonNode config, PrintWriter out) {
        out.println("version " + config.path("version").asInt() + ", by " + Json.text(config, "changedBy") + " at "
                + Times.format(Json.text(config, "changedAt")) + ": " + Json.text(config, "reason"));
        Table table = Table.of("KEY", "VALUE", "KIND");
        config.path("values").fields().forEachRemaining(e -> table.row(e.getKey(), e.getValue().asText(), "value"));
        config.path("secretRefs").fields().forEachRemaining(e -> table.row(e.getKey(), e.getValue().asText(),
                "secret reference"));
        table.print(out);
    }
}
