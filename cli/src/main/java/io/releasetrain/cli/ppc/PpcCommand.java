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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rt ppc}: the fleet registry (ppc-updater-service) with each PPC's flags (maintenance-service). */
@Command(name = "ppc", description = "The PPC fleet: list, show, stand up, attach, detach, retire, change, configure.",
        subcommands = {PpcCommand.ListPpcs.class, PpcCommand.Show.class, PpcCommand.Attach.class,
            PpcStandUpCommands.Create.class, PpcStandUpCommands.Status.class, PpcStandUpCommands.Detach.class,
            PpcStandUpCommands.Retire.class, PpcStandUpCommands.Retry.class, PpcStandUpCommands.Cancel.class,
            PpcStandUpCommands.Token.class, PpcChangeCommand.class, PpcConfigCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  rt ppc list --org feacc792-460f-4525-a091-e8de1f6ef34c",
            "  rt ppc show FAKE-PPC-FOR-TESTING",
            "  rt ppc create --prefix learningmachine --suffix malta --region eu-west-1 --org 4c1e0a4e \\",
            "      --credentials aws-ppc-learningmachine",
            "  rt ppc attach learningmachine-ppc-malta --reason 'customer signed'   # a stood-up PPC",
            "  rt ppc attach learningmachine-ppc-malta --org 4c1e0a4e --kind customer \\",
            "      --endpoint https://xxxx.execute-api.eu-west-1.amazonaws.com/stage/"})
public final class PpcCommand extends CommandGroup {

    /** {@code rt ppc list}. */
    @Command(name = "list", description = "List the fleet with each PPC's version, status and flags.")
    static final class ListPpcs extends RtCommand {
        @Option(names = "--org", paramLabel = "ORG", description = "only this organisation's PPCs")
        String org;
        @Option(names = "--kind", description = "service or customer")
        String kind;
        @Option(names = "--environment", paramLabel = "ENV", description = "only PPCs updated with this environment")
        String environment;
        @Option(names = "--version", paramLabel = "V", description = "only PPCs running this version")
        String version;
        @Option(names = "--status", description = "PROVISIONING, READY, ATTACHED, DETACHED, FAILED, CANCELLED or RETIRED")
        String status;
        @Option(names = "--maintenance", arity = "0..1", fallbackValue = "true", paramLabel = "BOOL",
                description = "only PPCs in maintenance (or, with false, not in maintenance)")
        Boolean maintenance;

        @Override
        protected void execute() {
            JsonNode ppcs = client(Service.PPC_UPDATER).get("/ppcs").query("orgId", org).query("kind", upper(kind))
                    .query("environment", environment).query("version", version).query("status", upper(status))
                    .query("maintenance", maintenance).send();
            print(ppcs, () -> {
                Table table = Table.of("NAME", "CLOUD ID", "ORG", "KIND", "ENVIRONMENT", "VERSION", "STATUS", "FLAGS");
                ppcs.forEach(p -> table.row(text(p, "name"), text(p, "cloudId"), text(p, "orgId"), text(p, "kind"),
                        text(p, "environment"), text(p, "version"), text(p, "status"), flagSummary(p)));
                table.print(out());
            });
        }
    }

    /** {@code rt ppc show}. */
    @Command(name = "show", description = "One PPC: registry entry, flags and who set them why.")
    static final class Show extends RtCommand {
        @Parameters(paramLabel = "PPC", description = "the PPC's name or cloud id")
        String ppc;

        @Override
        protected void execute() {
            ServiceClient registry = client(Service.PPC_UPDATER);
            String cloudId = PpcLookup.find(registry.get("/ppcs").send(), "cloudId", ppc).path("cloudId").asText();
            JsonNode entry = registry.get("/ppcs/" + ServiceClient.segment(cloudId)).send();
            JsonNode flags = flags(cloudId);
            ObjectNode answer = Json.object();
            answer.set("ppc", entry);
            answer.set("flags", flags);
            print(answer, () -> render(entry, flags));
        }

        private JsonNode flags(String cloudId) {
            return client(Service.MAINTENANCE).get("/clouds/" + ServiceClient.segment(cloudId)).sendIfFound();
        }

        private void render(JsonNode entry, JsonNode flags) {
            Table table = Table.of("FIELD", "VALUE");
            table.row("name", text(entry, "name")).row("cloud id", text(entry, "cloudId"))
                    .row("organisation", text(entry, "orgId")).row("kind", text(entry, "kind"))
                    .row("environment", text(entry, "environment")).row("endpoint", text(entry, "endpoint"))
                    .row("registered", text(entry, "registeredBy") + " at " + Times.format(text(entry, "registeredAt")))
                    .row("version", text(entry, "version")).row("status", text(entry, "status"))
                    .row("flags", flags == null ? "not known to maintenance-service yet" : flagSummary(flags));
            table.print(out());
            if (flags != null && !flags.path("holds").isEmpty()) {
                out().println();
                Table holds = Table.of("FLAG", "SET BY", "SINCE", "UNTIL", "REASON");
                flags.path("holds").forEach(h -> holds.row(text(h, "flag"), text(h, "setBy"),
                        Times.format(text(h, "setAt")), Times.format(text(h, "expiresAt")), text(h, "reason")));
                holds.print(out());
            }
        }
    }

    /**
     * {@code rt ppc attach}: the step the runbook does in the web UI. A PPC the train stood up (READY) or
     * detached is attached with {@code --reason}; a PPC stood up by hand is added with {@code --org} and {@code --kind}.
     */
    @Command(name = "attach", description = "Attach a PPC to its organisation (org-admin): a stood-up or detached one "
            + "with --reason, one stood up by hand with --org and --kind.",
            footerHeading = "%nExamples:%n",
            footer = {"  rt ppc attach learningmachine-ppc-malta --reason 'customer signed'",
                "  rt ppc attach acme-ppc-eu1 --org 4c1e0a4e --kind customer --endpoint https://ppc.acme.example/stage/",
                "  rt ppc attach FAKE-PPC-FOR-TESTING --prefix FAKE --suffix FOR-TESTING --org feacc792 --kind customer"})
    static final class Attach extends RtCommand {
        @Parameters(paramLabel = "NAME", description = "the PPC's name, e.g. learningmachine-ppc-malta")
        String name;
        @Option(names = {"-r", "--reason"}, description = "for a PPC in the fleet: why; recorded with who")
        String reason;
        @Option(names = "--org", paramLabel = "ORG", description = "for a PPC stood up by hand: the organisation's id")
        String org;
        @Option(names = "--kind", paramLabel = "KIND", description = "for a PPC stood up by hand: service or customer")
        String kind;
        @Option(names = "--environment", paramLabel = "ENV", description = "for a service PPC: testing, staging or production")
        String environment;
        @Option(names = "--endpoint", paramLabel = "URL", description = "the PPC's API endpoint, for health checks")
        String endpoint;
        @Option(names = "--prefix", paramLabel = "PREFIX", description = "the stack name prefix (PULUMI_STACK_NAME_OVERRIDE) "
                + "the update jobs take; needed, with --suffix, when NAME is not <prefix>-ppc-<suffix>")
        String prefix;
        @Option(names = "--suffix", paramLabel = "SUFFIX", description = "the suffix the update jobs take; needed, with "
                + "--prefix, when NAME is not <prefix>-ppc-<suffix>")
        String suffix;
        @Option(names = "--cloud-id", paramLabel = "ID", description = "the PPC's existing cloud id (default: a new one)")
        String cloudId;
        @Option(names = "--region", paramLabel = "REGION", description = "the cloud region it runs in, e.g. eu-west-1")
        String region;
        @Option(names = "--version", paramLabel = "V", description = "the PPC version it runs now")
        String version;

        @Override
        protected void execute() {
            if (org == null && kind == null) {
                attachInFleet();
                return;
            }
            if (org == null || kind == null) {
                throw usage("A PPC stood up by hand needs both --org and --kind; a stood-up one needs only --reason.");
            }
            ObjectNode body = Json.object().put("name", name).put("orgId", org)
                    .put("kind", kind.toUpperCase(java.util.Locale.ROOT));
            putIfSet(body, "environment", environment);
            putIfSet(body, "endpoint", endpoint);
            putIfSet(body, "namePrefix", prefix);
            putIfSet(body, "nameSuffix", suffix);
            putIfSet(body, "cloudId", cloudId);
            putIfSet(body, "region", region);
            putIfSet(body, "version", version);
            JsonNode ppc = client(Service.PPC_UPDATER).post("/ppcs", body)
                    .whoMay("attaching a PPC to an organisation needs org-admin.").send();
            print(ppc, () -> out().println("Attached " + text(ppc, "name") + " (cloud id " + text(ppc, "cloudId")
                    + ") to organisation " + text(ppc, "orgId") + "."));
        }

        private void attachInFleet() {
            if (reason == null) {
                throw usage("Give --reason: why the PPC is attached, recorded with who.");
            }
            ServiceClient fleet = client(Service.PPC_UPDATER);
            String cloudId = PpcStandUpCommands.cloudId(fleet, name);
            JsonNode cloud = fleet.post("/clouds/" + ServiceClient.segment(cloudId) + "/attach",
                    Json.object().put("reason", reason)).whoMay("attaching a PPC to an organisation needs org-admin.").send();
            print(cloud, () -> out().println("Attached " + text(cloud, "name") + " to organisation " + text(cloud, "orgId")
                    + "; the train updates it from now on."));
        }

        private static void putIfSet(ObjectNode body, String field, String value) {
            if (value != null) {
                body.put(field, value);
            }
        }
    }

    /** "0x3 maintenance,health-check-opt-out" from a registry entry or a maintenance-service PPC. */
    static String flagSummary(JsonNode ppc) {
        if (ppc == null || !ppc.path("flags").isNumber()) {
            return "?";
        }
        StringBuilder names = new StringBuilder();
        if (ppc.path("maintenance").asBoolean()) {
            names.append("maintenance");
        }
        if (ppc.path("healthCheckOptOut").asBoolean()) {
            names.append(names.length() == 0 ? "" : ",").append("health-check-opt-out");
        }
        return "0x" + Long.toHexString(ppc.path("flags").asLong()) + (names.length() == 0 ? "" : " " + names);
    }

    static String upper(String value) {
        return value == null ? null : value.toUpperCase(java.util.Locale.ROOT);
    }
}
