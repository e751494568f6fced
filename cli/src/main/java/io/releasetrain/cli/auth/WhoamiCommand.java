package io.releasetrain.cli.auth;

import io.releasetrain.cli.CliFailure;
import io.releasetrain.cli.RtCommand;
import io.releasetrain.cli.output.Table;
import io.releasetrain.cli.output.Times;
import picocli.CommandLine.Command;

/** {@code rt whoami}: who the token says you are, with which roles, until when. Read locally; not verified. */
@Command(name = "whoami", description = "Show who your token says you are and its roles (not verified: the services do that).")
public final class WhoamiCommand extends RtCommand {

    @Override
    protected void execute() {
        TokenStore tokens = rt().tokens();
        String token = tokens.token();
        if (token == null) {
            throw CliFailure.refused("You are not signed in. Run rt login (locally: rt login --dev ROLE), or set RT_TOKEN.");
        }
        TokenClaims claims = TokenClaims.of(token);
        if (claims == null) {
            throw CliFailure.refused("The token from " + tokens.origin() + " is not a JWT. Run rt login again.");
        }
        print(claims.toJson(), () -> {
            String expiry = claims.expiresAt() == null ? null : claims.expiresAt() + " ("
                    + Times.relative(claims.expiresAt().toString(), now()) + ")";
            Table.of("FIELD", "VALUE").row("subject", claims.subject()).row("roles", String.join(", ", claims.roles()))
                    .row("issuer", claims.issuer()).row("expires", expiry).row("token from", tokens.origin())
                    .print(out());
        });
        if (claims.expiredAt(now())) {
            throw CliFailure.refused("The token has expired. Run rt login again.");
        }
    }
}
