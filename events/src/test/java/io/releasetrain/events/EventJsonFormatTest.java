package io.releasetrain.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.releasetrain.events.ci.CiBuildFinished;
import io.releasetrain.events.maintenance.MaintenanceWindowBooked;
import io.releasetrain.events.release.EnvironmentDeployed;
import io.releasetrain.events.release.FreezeChanged;
import io.releasetrain.events.scm.CommitStatusChanged;
import io.releasetrain.events.scm.PullRequestClosed;
import org.junit.jupiter.api.Test;

/** What the JSON looks like, and what a reader tolerates. */
class EventJsonFormatTest {

    @Test
    void writesInstantsAsIsoStringsAndEnumsByName() {
        FreezeChanged freeze = EventSamples.of(FreezeChanged.class);

        String json = EventJson.write(freeze);

        assertThat(json).contains("\"until\":\"2024-05-14T02:00:00Z\"");
        assertThat(EventJson.write(EventSamples.of(CiBuildFinished.class))).contains("\"result\":\"PASSED\"");
    }

    @Test
    void leavesAbsentOptionalFieldsOut() {
        EnvironmentDeployed deployed = new EnvironmentDeployed("testing", "master", EventSamples.MASTER_SHA, null, null, null);

        String json = EventJson.write(deployed);

        assertThat(json).doesNotContain("buildUrl", "promotionId", "null");
    }

    @Test
    void ignoresFieldsItDoesNotKnow() {
        String json = """
                {"environment":"staging","branch":"staging","sha":"%s","deployedBy":"travis",
                 "extra":{"nested":[1,2,3]}}""".formatted(EventSamples.MERGE_SHA);

        ReleaseTrainEvent read = EventJson.read("io.releasetrain.environment.deployed", json);

        assertThat(read).isEqualTo(new EnvironmentDeployed("staging", "staging", EventSamples.MERGE_SHA, null, null, null));
    }

    @Test
    void readsAnAbsentOptionalFieldAsNull() {
        String json = """
                {"repository":"acme/pulumi-service","number":4711,"headBranch":"feature","headSha":"%s",
                 "baseBranch":"master","merged":false,"url":"https://github.com/acme/pulumi-service/pull/4711"}"""
                .formatted(EventSamples.MASTER_SHA);

        PullRequestClosed closed = EventJson.read(PullRequestClosed.class, json);

        assertThat(closed.merged()).isFalse();
        assertThat(closed.mergeCommitSha()).isNull();
        assertThat(closed.mergedBy()).isNull();
    }

    @Test
    void readsAnAbsentListAsEmpty() {
        String json = """
                {"repository":"acme/pulumi-service","sha":"%s","context":"ci/travis","state":"PENDING"}"""
                .formatted(EventSamples.MASTER_SHA);

        CommitStatusChanged status = EventJson.read(CommitStatusChanged.class, json);

        assertThat(status.branches()).isEmpty();
        assertThat(status.targetUrl()).isNull();
    }

    @Test
    void readsAWindowBookedForAnOrganisation() {
        String json = """
                {"windowId":"win-78","orgId":"org-1","startsAt":"2024-05-07T02:00:00Z",
                 "endsAt":"2024-05-07T06:00:00.5Z","bookedBy":"erin","reason":"org-wide upgrade"}""";

        MaintenanceWindowBooked window = EventJson.read(MaintenanceWindowBooked.class, json);

        assertThat(window.cloudId()).isNull();
        assertThat(window.endsAt()).isEqualTo("2024-05-07T06:00:00.500Z");
    }
}
