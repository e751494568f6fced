package io.releasetrain.cli.auth;

import io.releasetrain.cli.CliFailure;
import io.releasetrain.cli.RtCommand;
import io.releasetrain.cli.config.Settings;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rt login}: signs in with the identity provider's device flow, or for the local run with a token signed
 * by the local key, and stores the token in the config directory (owner-only).
 */
@Command(name = "login", description = "Sign in and store the token (owner-only) in the config directory.",
        footerHeading = "%nExamples:%n",
        footer = {"  rt login                                 # device sign-in with oidc.issuer (rt config)",
            "  rt login --issuer https://login.example.com/realms/ops --client-id rt",
            "  rt login --dev oncall-primary             # the local run (scripts/run-local.sh)",
            "  DEV_USER=alice@example.com rt login --dev ppc-operator org-admin"})
public final class LoginCommand extends RtCommand {

    @Option(names = "--dev", arity = "0..*", paramLabel = "ROLE",
            description = "local run only: a token with these roles, signed with the key in .local/jwt")
    List<String> devRoles;

    @Option(names = "--issuer", paramLabel = "URL", description = "the OIDC provider (default: oidc.issuer)")
    String issuer;

    @Option(names = "--client-id", paramLabel = "ID", description = "the client registered for rt (default: oidc.client-id or rt)")
    String clientId;

    @Override
    protected void execute() {
        String token = devRoles != null ? devToken() : deviceToken();
        Path stored = rt().tokens().store(token);
        TokenClaims claims = TokenClaims.of(token);
        err().println("Signed in" + (claims == null ? "" : " as " + claims.describe()) + "; token stored in " + stored
                + (rt().terminal().variable("RT_TOKEN") != null ? " (RT_TOKEN is set and still wins: unset it)" : "") + ".");
        if (json() && claims != null) {
            out().println(io.releasetrain.cli.output.Json.write(claims.toJson()));
        }
    }

    private String devToken() {
        String subject = rt().terminal().variable("DEV_USER");
        if (subject == null) {
            String user = rt().terminal().variable("USER");
            subject = (user != null ? user : System.getProperty("user.name")) + "@localhost";
        }
        return new DevTokens(DevTokens.keyDir(rt().terminal())).mint(subject, devRoles, now());
    }

    private String deviceToken() {
        Settings settings = rt().settings();
        String provider = issuer != null ? issuer : settings.value("oidc.issuer");
        if (provider == null) {
            throw CliFailure.usage("No identity provider is configured. Set oidc.issuer in "
                    + settings.configDir().resolve(Settings.FILE) + " or RT_OIDC_ISSUER, or pass --issuer."
                    + " In the local run use: rt login --dev ROLE");
        }
        String client = clientId != null ? clientId : settings.value("oidc.client-id", "rt");
        return new DeviceFlow(rt().http(), rt().terminal(), provider, client, settings.value("oidc.scope", "openid"))
                .signIn();
    }
}
