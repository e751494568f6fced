package io.releasetrain.ppcupdater.registry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.releasetrain.events.ppc.PpcKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A private cloud installation in the fleet registry. */
@Entity
@Table(name = "ppc")
public class Ppc extends PanacheEntityBase {

    @Id
    @Column(name = "cloud_id")
    public String cloudId;

    /** The full name, e.g. {@code testing-moolumi-ppc-default}. */
    public String name;

    /** The stack name prefix ({@code PULUMI_STACK_NAME_OVERRIDE}), e.g. {@code testing-moolumi}. */
    @Column(name = "name_prefix")
    public String namePrefix;

    /** The suffix the update script takes, e.g. {@code default}. */
    @Column(name = "name_suffix")
    public String nameSuffix;

    @Column(name = "org_id")
    public String orgId;

    @Enumerated(EnumType.STRING)
    public PpcKind kind;

    /** For a service PPC: the service environment it is updated with. */
    public String environment;

    public String endpoint;

    public String region;

    /** The PPC version it runs, as far as the train knows. */
    @Column(name = "ppc_version")
    public String version;

    @Enumerated(EnumType.STRING)
    public PpcStatus status;

    /** A read-only copy of the flags maintenance-service owns (0x1 maintenance, 0x2 no health checks). */
    public long flags;

    /** Overrides the configured health path for this PPC; null for the default. */
    @Column(name = "health_path")
    public String healthPath;

    @Column(name = "registered_by")
    public String registeredBy;

    @Column(name = "registered_at")
    public Instant registeredAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Ppc byName(String name) {
        return find("name", name).firstResult();
    }

    /** Whether the PPC is in maintenance mode (flag 0x1): it is not updated until it leaves. */
    public boolean inMaintenance() {
        return CloudFlags.inMaintenance(flags);
    }

    /** Whether the PPC opted out of health checks (flag 0x2). */
    public boolean healthCheckOptOut() {
        return CloudFlags.healthCheckOptOut(flags);
    }
}
