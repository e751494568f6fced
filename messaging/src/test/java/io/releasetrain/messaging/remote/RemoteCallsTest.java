package io.releasetrain.messaging.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class RemoteCallsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final RemoteCalls calls = new RemoteCalls(registry);

    @Test
    void aCallThatAnswersIsTimedAsOk() {
        String answer = calls.timed("travis", "get-build", () -> "build", e -> e);

        assertThat(answer).isEqualTo("build");
        assertThat(timerCount("get-build", RemoteCalls.OK)).isEqualTo(1);
        assertThat(registry.find("releasetrain.remote.failures").counters()).isEmpty();
    }

    @Test
    void anUnexpectedFailureIsTurnedIntoTheSystemsExceptionAndRecordedByItsKind() {
        assertThatThrownBy(() -> calls.timed("travis", "get-build", () -> {
            throw new IllegalStateException("connection reset");
        }, e -> new RemoteUnavailableException("travis", "unreachable", e)))
                .isInstanceOf(RemoteUnavailableException.class);

        assertThat(timerCount("get-build", "unavailable")).isEqualTo(1);
        assertThat(registry.get("releasetrain.remote.failures").tag("kind", "unavailable").counter().count())
                .isEqualTo(1);
    }

    @Test
    void aRemoteExceptionPassesAsItIsAndAnAnswerCanNameItsOwnOutcome() {
        RemoteRejectedException refused = new RemoteRejectedException("slack", "channel_not_found");
        assertThatThrownBy(() -> calls.timed("slack", "chat.postMessage", () -> {
            throw refused;
        }, e -> new IllegalStateException("not used"))).isSameAs(refused);

        boolean healthy = calls.timed("ppc", "health-check", () -> false, ok -> ok ? RemoteCalls.OK : "unhealthy",
                e -> e);

        assertThat(healthy).isFalse();
        assertThat(timerCount("chat.postMessage", "rejected")).isEqualTo(1);
        assertThat(timerCount("health-check", "unhealthy")).isEqualTo(1);
    }

    private long timerCount(String operation, String outcome) {
        return registry.get("releasetrain.remote.calls").tag("operation", operation).tag("outcome", outcome).timer()
                .count();
    }
}
