package io.releasetrain.maintenance.cloud;

/** A PPC and its flags as the REST API shows them. */
public record CloudView(String id, String name, String orgId, int flags, boolean maintenance,
        boolean healthCheckOptOut, boolean retired) {

    public static CloudView of(Cloud cloud) {
        return new CloudView(cloud.id, cloud.name, cloud.orgId, cloud.flags, (cloud.flags & 0x1) != 0,
                (cloud.flags & 0x2) != 0, cloud.retired);
    }
}
