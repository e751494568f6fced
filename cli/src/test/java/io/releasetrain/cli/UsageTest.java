package io.releasetrain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Help, usage errors and exit code 2, without any service. */
class UsageTest {

    @Test
    void helpListsTheCommandsAndTheExitCodes() {
        Cli.Result help = Cli.offline().run("--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("status", "promote", "approve", "abandon", "cherry-pick", "rollout", "watch",
                        "maintenance", "healthcheck-optout", "ppc", "audit", "login")
                .contains("0 done, 1 refused or failed, 2 usage, 3 a service could not be reached");
    }

    @ParameterizedTest
    @ValueSource(strings = {"status", "promote", "approve", "abandon", "cherry-pick", "promotion", "rollback", "history", "freeze",
        "rollout", "watch",
        "ppc", "ppc attach", "ppc change", "ppc config", "maintenance", "maintenance on", "maintenance book",
        "healthcheck-optout", "audit", "login"})
    void everyCommandHasExamples(String command) {
        String[] args = (command + " --help").split(" ");

        Cli.Result help = Cli.offline().run(args);

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).containsPattern("Examples?:");
    }

    @Test
    void unknownCommandsAndMissingSubcommandsAreExitTwo() {
        assertThat(Cli.offline().run("deploy-everything").exitCode()).isEqualTo(2);
        assertThat(Cli.offline().run().exitCode()).isEqualTo(2);
        Cli.Result group = Cli.offline().run("ppc");
        assertThat(group.exitCode()).isEqualTo(2);
        assertThat(group.err()).contains("list, show, attach");
    }

    @Test
    void configShowsWhereEachUrlComesFrom() {
        Cli.Result config = Cli.offline().with("RT_MAINTENANCE_URL", "http://maint.example:9").run("config", "-o", "json");

        assertThat(config.exitCode()).isZero();
        assertThat(config.json().path("maintenance.url").asText()).isEqualTo("http://maint.example:9");
        assertThat(config.json().path("promoter.url").asText()).isEqualTo("http://127.0.0.1:8081");
    }
}
