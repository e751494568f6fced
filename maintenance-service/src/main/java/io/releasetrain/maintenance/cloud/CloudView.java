package io.releasetrain.maintenance.cloud;

import io.releasetrain.maintenance.flags.CloudFlags;
import io.releasetrain.maintenance.flags.HoldView;
import java.util.List;

/**
 * A PPC and its flags as the REST API shows them.
 *
 * @param flags     every bit, as an unsigned 32-bit number
 * @param setFlags  the names of the set bits: known ones by name, others in hex (e.g. {@code 0x80000000})
 * @param holds     why the set flags that were set through this service are on: who, why, until when
 */
public record CloudView(String id, String name, String orgId, long flags, boolean maintenance,
        boolean healthCheckOptOut, List<String> setFlags, boolean retired, List<HoldView> holds) {

    public static CloudView of(Cloud cloud, List<HoldView> holds) {
        return new CloudView(cloud.id, cloud.name, cloud.orgId, cloud.flags,
                CloudFlags.isSet(cloud.flags, CloudFlags.MAINTENANCE),
                CloudFlags.isSet(cloud.flags, CloudFlags.HEALTH_CHECK_OPT_OUT), CloudFlags.describe(cloud.flags),
                cloud.retired, holds);
    }
}
