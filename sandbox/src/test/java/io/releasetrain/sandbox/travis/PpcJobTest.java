package io.releasetrain.sandbox.travis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading PPC jobs out of a requests API config, as the fleet service sends it. */
class PpcJobTest {

    @Test
    void globalEnvironmentStringsDescribeOneJob() {
        Map<String, Object> config = Map.of("env", Map.of("global", List.of("RT_JOB_KIND=create", "RT_JOB_ID=42",
                "PPC_NAME=newco-ppc-malta", "PPC_VERSION=\"v1.5.0\"", "PPC_REGION=eu-west-1", "RT_CALLBACK_URL=http://x/cb?a=b",
                "RT_CALLBACK_TOKEN=t")));

        List<Map<String, String>> jobs = PpcJob.jobEnvironments(config);
        PpcJob job = PpcJob.from(jobs.get(0));

        assertThat(jobs).hasSize(1);
        assertThat(job.kind()).isEqualTo("create");
        assertThat(job.ppcVersion()).isEqualTo("v1.5.0");
        assertThat(job.callbackUrl()).isEqualTo("http://x/cb?a=b");
        assertThat(job.displayName()).isEqualTo("Create PPC (newco-ppc-malta)");
    }

    @Test
    void jobEntriesEachGetTheGlobalVariables() {
        Map<String, Object> config = Map.of("env", Map.of("global", List.of(Map.of("RT_JOB_KIND", "update"), "PPC_VERSION=v2"),
                "jobs", List.of("PPC_NAME=a", "PPC_NAME=b")));

        List<Map<String, String>> jobs = PpcJob.jobEnvironments(config);

        assertThat(jobs).extracting(env -> env.get("PPC_NAME")).containsExactly("a", "b");
        assertThat(jobs).allSatisfy(env -> assertThat(env).containsEntry("RT_JOB_KIND", "update").containsEntry("PPC_VERSION", "v2"));
        assertThat(PpcJob.from(Map.of("FOO", "bar"))).isNull();
    }
}
