package io.releasetrain.ppcupdater.rollout;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** How customer rollouts are planned. A rollout keeps the settings it was planned with. */
@ConfigMapping(prefix = "releasetrain.rollout")
public interface RolloutConfig {

    /** Whether a rollout waits for oncall-primary (or release-admin) to approve it; false starts it at once. */
    @WithDefault("true")
    boolean requireApproval();

    /** PPCs in the canary wave. */
    @WithDefault("1")
    int canarySize();

    /** The share of the fleet reached by the end of each wave after the canary, rising to 100. */
    @WithDefault("10,50,100")
    List<Integer> wavePercents();

    /** Most PPCs updated at once. */
    @WithDefault("5")
    int concurrency();

    /** The wait after each wave before the next starts. */
    @WithDefault("30m")
    Duration bakeTime();

    /** Failures tolerated, as a percentage of the rollout's PPCs (rounded down). */
    @WithDefault("5")
    double failureBudgetPercent();

    /** Failures tolerated at least, whatever the percentage gives. */
    @WithDefault("1")
    int failureBudgetMinimum();

    /** The environment whose promoted releases start customer rollouts. */
    @WithDefault("production")
    String environment();
}
