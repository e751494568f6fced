package io.releasetrain.cli;

import io.releasetrain.cli.audit.AuditCommand;
import io.releasetrain.cli.auth.LoginCommand;
import io.releasetrain.cli.auth.LogoutCommand;
import io.releasetrain.cli.auth.TokenStore;
import io.releasetrain.cli.auth.WhoamiCommand;
import io.releasetrain.cli.config.ConfigCommand;
import io.releasetrain.cli.config.Settings;
import io.releasetrain.cli.http.Service;
import io.releasetrain.cli.http.ServiceClient;
import io.releasetrain.cli.maintenance.HealthCheckOptOutCommand;
import io.releasetrain.cli.maintenance.MaintenanceCommand;
import io.releasetrain.cli.output.OutputFormat;
import io.releasetrain.cli.freeze.FreezeCommand;
import io.releasetrain.cli.ppc.PpcCommand;
import io.releasetrain.cli.rollback.RollbackCommand;
import io.releasetrain.cli.promotion.PromotionCommands;
import io.releasetrain.cli.rollout.RolloutCommand;
import io.releasetrain.cli.rollout.WatchCommand;
import io.releasetrain.cli.status.StatusCommand;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code rt}: the release train from an on-call engineer's terminal. Talks to the services' REST APIs only.
 * Exit codes: 0 done, 1 refused or failed, 2 usage, 3 a service could not be reached.
 */
@Command(name = "rt", mixinStandardHelpOptions = true, version = "rt 0.1.0",
        description = "The release train from your terminal: promotions, rollouts, PPCs, maintenance.",
        subcommands = {
            StatusCommand.class,
            PromotionCommands.Promote.class,
            PromotionCommands.Approve.class,
            PromotionCommands.Abandon.class,
            PromotionCommands.CherryPick.class,
            PromotionCommands.Group.class,
            RollbackCommand.Rollback.class,
            RollbackCommand.History.class,
            FreezeCommand.class,
            RolloutCommand.class,
            WatchCommand.class,
            PpcCommand.class,
            MaintenanceCommand.class,
            HealthCheckOptOutCommand.class,
            AuditCommand.class,
            LoginCommand.class,
            LogoutCommand.class,
            WhoamiCommand.class,
            ConfigCommand.class,
            CommandLine.HelpCommand.class
        },
        footerHeading = "%nExit codes:%n",
        footer = {"  0 done, 1 refused or failed, 2 usage, 3 a service could not be reached.",
            "",
            "Sign in first: rt login (locally: rt login --dev oncall-primary).",
            "The services' URLs: rt config (default: the local run, ports 8081-8084).",
            "Each command has --help with examples, e.g. rt maintenance on --help."})
public final class Rt implements Runnable {

    @Option(names = {"-o", "--output"}, scope = ScopeType.INHERIT, paramLabel = "FORMAT",
            description = "table (default) for people, json for scripts")
    OutputFormat output = OutputFormat.table;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Terminal terminal;
    private Settings settings;
    private HttpClient http;
    private final Map<Service, ServiceClient> clients = new EnumMap<>(Service.class);

    Rt(Terminal terminal) {
        this.terminal = terminal;
    }

    public static void main(String[] args) {
        System.exit(run(Terminal.system(), args));
    }

    /** Runs one command line and returns its exit code; the in-process entry point of tests. */
    public static int run(Terminal terminal, String... args) {
        CommandLine line = new CommandLine(new Rt(terminal));
        line.setOut(terminal.out()).setErr(terminal.err());
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.setUsageHelpWidth(100);
        withHelpOptions(line);
        line.setExecutionExceptionHandler((failure, commandLine, parsed) -> {
            if (failure instanceof CliFailure cli) {
                terminal.err().println(cli.getMessage());
                terminal.err().flush();
                return cli.exitCode();
            }
            terminal.err().println("rt failed unexpectedly: " + failure
                    + "\nThis is a bug in rt; run again with RT_DEBUG=1 for the stack trace.");
            if (terminal.variable("RT_DEBUG") != null) {
                failure.printStackTrace(terminal.err());
            }
            terminal.err().flush();
            return CliFailure.REFUSED;
        });
        int code = line.execute(args);
        terminal.out().flush();
        terminal.err().flush();
        return code;
    }

    /** Every command answers -h/--help, not only rt itself (--version stays rt's: subcommands use it for PPCs). */
    private static void withHelpOptions(CommandLine command) {
        CommandLine.Model.CommandSpec spec = command.getCommandSpec();
        if (!(command.getCommand() instanceof CommandLine.HelpCommand) && spec.findOption("--help") == null) {
            spec.addOption(CommandLine.Model.OptionSpec.builder("-h", "--help").usageHelp(true)
                    .description("Show this help message and exit.").build());
        }
        command.getSubcommands().values().forEach(Rt::withHelpOptions);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: see the list below.");
    }

    /** What this run sees of the world. */
    public Terminal terminal() {
        return terminal;
    }

    /** The chosen output format. */
    public OutputFormat output() {
        return output;
    }

    /** The settings of this run, read once. */
    public Settings settings() {
        if (settings == null) {
            settings = Settings.load(terminal);
        }
        return settings;
    }

    /** The user's token, from RT_TOKEN or the stored one. */
    public TokenStore tokens() {
        return new TokenStore(terminal, settings().configDir());
    }

    /** The client of one service, created on first use. */
    public ServiceClient client(Service service) {
        return clients.computeIfAbsent(service, s -> new ServiceClient(s, settings().value(s.setting(), s.localUrl()),
                tokens()::token, http()));
    }

    /** The HTTP client for services and the identity provider. */
    public HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                    .followRedirects(HttpClient.Redirect.NEVER).build();
        }
        return http;
    }
}
