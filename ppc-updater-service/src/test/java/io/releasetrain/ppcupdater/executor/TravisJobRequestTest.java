package io.releasetrain.ppcupdater.executor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TravisJobRequestTest {

    private final PpcJob job = new PpcJob("upd-1", JobKind.UPDATE, "testing-moolumi-ppc-default", "testing-moolumi",
            "default", "v3.112.0", "v0.11.3", List.of("PPC_CONFIG_SIZE=large"), Map.of());

    @Test
    void theRequestRunsTheUpdateScriptWithTheJobsParametersMergedIntoTheRepositoryConfig() {
        ObjectNode body = TravisJobRequest.body(job, "master", TravisJobRequest.script(job, "scripts/ppc/update-ppc.sh",
                "scripts/ppc/create-ppc.sh"));

        assertThat(body.at("/request/branch").asText()).isEqualTo("master");
        assertThat(body.at("/request/message").asText()).contains("testing-moolumi-ppc-default", "[rt-job upd-1]");
        assertThat(body.at("/request/config/merge_mode").asText()).isEqualTo("deep_merge");
        assertThat(body.at("/request/config/script").asText()).isEqualTo("scripts/ppc/update-ppc.sh default");
        assertThat(body.at("/request/config/env/global").toString()).isEqualTo("[\"RT_JOB_KIND=update\",\"RT_JOB_ID=upd-1\","
                + "\"PPC_NAME=testing-moolumi-ppc-default\",\"PULUMI_STACK_NAME_OVERRIDE=testing-moolumi\","
                + "\"PPC_SUFFIX=default\",\"PPC_VERSION=v3.112.0\",\"SDK_VERSION=v0.11.3\",\"PPC_CONFIG_SIZE=large\"]");
    }

    @Test
    void aCreateJobRunsTheCreateScriptWithTheRegion() {
        PpcJob create = new PpcJob("upd-2", JobKind.CREATE, "learningmachine-ppc-malta", "learningmachine", "malta",
                "v3.112.0", null, List.of(), Map.of("PPC_REGION", "eu-west-1"));

        assertThat(TravisJobRequest.script(create, "u.sh", "scripts/ppc/create-ppc.sh"))
                .isEqualTo("scripts/ppc/create-ppc.sh malta eu-west-1");
        assertThat(TravisJobRequest.environment(create)).contains("RT_JOB_KIND=create", "PPC_REGION=eu-west-1")
                .noneMatch(e -> e.startsWith("SDK_VERSION"));
    }
}
