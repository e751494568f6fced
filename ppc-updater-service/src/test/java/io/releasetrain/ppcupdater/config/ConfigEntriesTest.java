package io.releasetrain.ppcupdater.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.releasetrain.messaging.web.InvalidRequestException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigEntriesTest {

    @Test
    void valuesAndSecretReferencesBecomeJobEnvironmentEntriesWithSecretsStillReferences() {
        ConfigEntries entries = new ConfigEntries(Map.of("instanceType", "t3.large"),
                Map.of("dbPassword", "PPC_DB_PASSWORD")).validated();

        assertThat(entries.asJobEnvironment()).containsExactly("PPC_CONFIG_DBPASSWORD=$PPC_DB_PASSWORD",
                "PPC_CONFIG_INSTANCETYPE=t3.large");
    }

    @Test
    void aSecretReferenceMustNameASecretNotHoldOne() {
        assertThatThrownBy(() -> new ConfigEntries(Map.of(), Map.of("dbPassword", "hunter2 or so")).validated())
                .isInstanceOf(InvalidRequestException.class).hasMessageStartingWith("secretRefs.dbPassword:");
    }

    @Test
    void valuesCannotCarryWhatAShellWouldExpand() {
        assertThatThrownBy(() -> new ConfigEntries(Map.of("x", "$(rm -rf)"), Map.of()).validated())
                .hasMessageStartingWith("values.x:");
        assertThatThrownBy(() -> new ConfigEntries(Map.of("bad key", "v"), Map.of()).validated())
                .hasMessageStartingWith("values.bad key:");
    }
}
