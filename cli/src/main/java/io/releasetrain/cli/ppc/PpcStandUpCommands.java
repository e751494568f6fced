package io.releasetrain.cli.ppc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.releasetrain.cli.RtCommand;
import io.releasetrain.cli.http.Service;
import io.releasetrain.cli.http.ServiceClient;
import io.releasetrain.cli.output.Json;
import io.releasetrain.cli.output.Table;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Standing up PPCs and the steps after (ppc-updater-service {@code /clouds}): {@code rt ppc create}, then the
 * create job reports back by itself, then {@code rt ppc attach} by an org admin; {@code detach}, {@code retire},
 * {@code retry}, {@code cancel} and {@code token}.
 */
final class PpcStandUpCommands {

    static final String WHO_MAY_STAND_UP = "standing up a PPC needs ppc-operator or release-admin.";

    private PpcStandUpCommands() {
    }

    /** {@code rt ppc create}. */
    @Command(name = "create", description = "Stand up a new PPC: its create job runs on the CI and reports back.",
            footerHeading = "%nExample:%n",
            footer = {"  rt ppc create --prefix learningmachine --suffix malta --region eu-west-1 \\",
                "      --org 4c1e0a4e --credentials aws-ppc-learningmachine --reason 'new customer'"})
    static final class Create extends RtCommand {
        @Option(names = "--prefix", required = true, paramLabel = "PREFIX", description = "stack name prefix (PULUMI_STACK_NAME_OVERRIDE)")
        String prefix;
        @Option(names = "--suffix", required = true, paramLabel = "SUFFIX", description = "the suffix create-ppc.sh takes")
        String suffix;
        @Option(names = "--region", required = true, paramLabel = "REGION", description = "e.g. eu-west-1")
        String region;
        @Option(names = "--org", required = true, paramLabel = "ORG", description = "the organisation to attach it to later")
        String org;
        @Option(names = "--credentials", required = true, paramLabel = "SET",
                description = "the credential set's name in the CI's secret store (never the credentials)")
        String credentials;
        @Option(names = "--kind", paramLabel = "KIND", description = "customer (default) or service")
        String kind;
        @Option(names = "--environment", paramLabel = "ENV", description = "for a service PPC: the environment it is updated with")
        String environment;
        @Option(names = "--version", paramLabel = "V", description = "PPC version (default: the version production runs)")
        String version;
        @Option(names = {"-r", "--reason"}, description = "why; recorded with who")
        String reason;

        @Override
        protected void execute() {
            ObjectNode body = Json.object().put("namePrefix", prefix).put("nameSuffix", suffix).put("region", region)
                    .put("orgId", org).put("credentialSet", credentials);
            putIfSet(body, "kind", kind == null ? null : kind.toUpperCase(Locale.ROOT));
            putIfSet(body, "environment", environment);
            putIfSet(body, "ppcVersion", version);
            putIfSet(body, "reason", reason);
            JsonNode cloud = client(Service.PPC_UPDATER).post("/clouds", body).whoMay(WHO_MAY_STAND_UP).send();
            print(cloud, () -> out().println("Standing up " + text(cloud, "name") + " (cloud id " + text(cloud, "cloudId")
                    + ") in " + text(cloud, "region") + " at version " + text(cloud, "version")
                    + ". Follow it with: rt ppc status " + text(cloud, "name")));
        }
    }

    /** {@code rt ppc status}: a PPC with its stand-up. */
    @Command(name = "status", description = "A PPC's stand-up: status, create job, why it failed.")
    static final class Status extends RtCommand {
        @Parameters(paramLabel = "PPC", description = "the PPC's name or cloud id")
        String ppc;

        @Override
        protected void execute() {
            ServiceClient fleet = client(Service.PPC_UPDATER);
            JsonNode cloud = fleet.get("/clouds/" + ServiceClient.segment(cloudId(fleet, ppc))).send();
            print(cloud, () -> {
                Table table = Table.of("FIELD", "VALUE");
                table.row("name", text(cloud, "name")).row("cloud id", text(cloud, "cloudId"))
                        .row("status", text(cloud, "status")).row("organisation", text(cloud, "orgId"))
                        .row("region", text(cloud, "region")).row("version", text(cloud, "version"))
                        .row("endpoint", text(cloud, "endpoint")).row("attempts", text(cloud, "attempts"))
                        .row("create job", text(cloud, "jobState") + " " + text(cloud, "jobUrl"))
                        .row("failure", text(cloud, "failureReason"));
                table.print(out());
            });
        }
    }

    /** One step with a reason: {@code POST /clouds/{id}/<step>}. */
    abstract static class Step extends RtCommand {
        @Parameters(paramLabel = "PPC", description = "the PPC's name or cloud id")
        String ppc;
        @Option(names = {"-r", "--reason"}, required = true, description = "why; recorded with who")
        String reason;

        abstract String step();

        abstract String whoMay();

        abstract String done();

        @Override
        protected void execute() {
            ServiceClient fleet = client(Service.PPC_UPDATER);
            String cloudId = cloudId(fleet, ppc);
            JsonNode cloud = fleet.post("/clouds/" + ServiceClient.segment(cloudId) + "/" + step(),
                    Json.object().put("reason", reason)).whoMay(whoMay()).send();
            print(cloud, () -> out().println(done() + " " + text(cloud, "name") + ": now "
                    + text(cloud, "status").toLowerCase(Locale.ROOT) + "."));
        }
    }

    /** {@code rt ppc detach}. */
    @Command(name = "detach", description = "Take a PPC off its organisation; the train stops updating it (org-admin).")
    static final class Detach extends Step {
        @Override
        String step() {
            return "detach";
        }

        @Override
        String whoMay() {
            return "detaching a PPC needs org-admin.";
        }

        @Override
        String done() {
            return "Detached";
        }
    }

    /** {@code rt ppc retire}. */
    @Command(name = "retire", description = "Retire a PPC that is not attached: it leaves the fleet (org-admin, release-admin).")
    static final class Retire extends Step {
        @Override
        String step() {
            return "retire";
        }

        @Override
        String whoMay() {
            return "retiring a PPC needs org-admin or release-admin.";
        }

        @Override
        String done() {
            return "Retired";
        }
    }

    /** {@code rt ppc retry}. */
    @Command(name = "retry", description = "Run the create job of a failed stand-up again.")
    static final class Retry extends Step {
        @Override
        String step() {
            return "retry";
        }

        @Override
        String whoMay() {
            return WHO_MAY_STAND_UP;
        }

        @Override
        String done() {
            return "Retrying the stand-up of";
        }
    }

    /** {@code rt ppc cancel}. */
    @Command(name = "cancel", description = "Give up a provisioning or failed stand-up.")
    static final class Cancel extends Step {
        @Override
        String step() {
            return "cancel";
        }

        @Override
        String whoMay() {
            return WHO_MAY_STAND_UP;
        }

        @Override
        String done() {
            return "Cancelled the stand-up of";
        }
    }

    /** {@code rt ppc token}: the PPC's access token, recorded as read by the caller. */
    @Command(name = "token", description = "Print a PPC's access token (org-admin); the read is recorded with who and why.")
    static final class Token extends RtCommand {
        @Parameters(paramLabel = "PPC", description = "the PPC's name or cloud id")
        String ppc;
        @Option(names = {"-r", "--reason"}, required = true, description = "why you need it; recorded with who")
        String reason;

        @Override
        protected void execute() {
            ServiceClient fleet = client(Service.PPC_UPDATER);
            JsonNode token = fleet.post("/clouds/" + ServiceClient.segment(cloudId(fleet, ppc)) + "/access-token",
                    Json.object().put("reason", reason)).whoMay("reading a PPC's access token needs org-admin.").send();
            // Only the token on stdout, so it can be piped without copying it by hand.
            print(token, () -> out().println(text(token, "accessToken")));
        }
    }

    static String cloudId(ServiceClient fleet, String ref) {
        return PpcLookup.find(fleet.get("/ppcs").send(), "cloudId", ref).path("cloudId").asText();
    }

    static void putIfSet(ObjectNode body, String field, String value) {
        if (value != null) {
            body.put(field, value);
        }
    }
}
