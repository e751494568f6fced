package io.releasetrain.ppcupdater.standup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.releasetrain.ppcupdater.registry.PpcStatus;
import org.junit.jupiter.api.Test;

/** Which steps a PPC's status allows, without Quarkus. */
class CloudStepTest {

    @Test
    void aStoodUpPpcIsAttachedDetachedAndRetiredInThatOrder() {
        assertThat(CloudStep.ATTACH.from(PpcStatus.READY)).isEqualTo(PpcStatus.ATTACHED);
        assertThat(CloudStep.DETACH.from(PpcStatus.ATTACHED)).isEqualTo(PpcStatus.DETACHED);
        assertThat(CloudStep.ATTACH.from(PpcStatus.DETACHED)).isEqualTo(PpcStatus.ATTACHED);
        assertThat(CloudStep.RETIRE.from(PpcStatus.DETACHED)).isEqualTo(PpcStatus.RETIRED);
    }

    @Test
    void aPpcStillProvisioningCannotBeAttachedAndAnAttachedOneCannotBeRetired() {
        assertThatThrownBy(() -> CloudStep.ATTACH.from(PpcStatus.PROVISIONING)).isInstanceOf(CloudConflictException.class)
                .hasMessage("cannot attach a PPC that is provisioning; attach is allowed from [detached, ready]");
        assertThatThrownBy(() -> CloudStep.RETIRE.from(PpcStatus.ATTACHED)).hasMessageContaining("detached");
    }

    @Test
    void onlyAFailedStandUpIsRetriedAndARunningOrFailedOneCancelled() {
        assertThat(CloudStep.RETRY.from(PpcStatus.FAILED)).isEqualTo(PpcStatus.PROVISIONING);
        assertThatThrownBy(() -> CloudStep.RETRY.from(PpcStatus.PROVISIONING)).isInstanceOf(CloudConflictException.class);
        assertThat(CloudStep.CANCEL.from(PpcStatus.PROVISIONING)).isEqualTo(PpcStatus.CANCELLED);
        assertThat(CloudStep.CANCEL.from(PpcStatus.FAILED)).isEqualTo(PpcStatus.CANCELLED);
        assertThatThrownBy(() -> CloudStep.CANCEL.from(PpcStatus.READY)).isInstanceOf(CloudConflictException.class);
    }
}
