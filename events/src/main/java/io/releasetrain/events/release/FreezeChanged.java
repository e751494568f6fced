package io.releasetrain.events.release;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.releasetrain.events.Require;
import java.time.Instant;

/**
 * Promotions into an environment were frozen or thawed.
 *
 * @param environment the environment whose promotions are affected
 * @param frozen      true: no promotion into it starts until thawed; false: thawed
 * @param changedBy   who froze or thawed it
 * @param reason      why
 * @param until       optional: when a freeze ends by itself; absent means until thawed by hand
 */
public record FreezeChanged(
        String environment,
        @JsonProperty(required = true) boolean frozen,
        String changedBy,
        String reason,
        Instant until) implements ReleaseEvent {

    /** Validates the required fields. */
    public FreezeChanged {
        Require.text(environment, "environment");
        Require.text(changedBy, "changedBy");
        Require.text(reason, "reason");
    }

    /** The environment. */
    @Override
    public String key() {
        return environment;
    }

    /** The environment: its freeze is the aggregate. */
    @Override
    public String subject() {
        return environment;
    }
}
