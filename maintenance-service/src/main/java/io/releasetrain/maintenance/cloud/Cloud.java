package io.releasetrain.maintenance.cloud;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A PPC as this service knows it: its identity and its flag bits. */
@Entity
@Table(name = "clouds")
public class Cloud extends PanacheEntityBase {

    @Id
    public String id;

    public String name;

    @Column(name = "org_id")
    public String orgId;

    /**
     * Bit flags, an unsigned 32-bit value. Changed only by the single-bit updates of
     * {@link io.releasetrain.maintenance.flags.FlagStore}; never written by Hibernate after the insert,
     * so saving this entity for a name or organisation change cannot undo a concurrent flag change.
     */
    @Column(updatable = false)
    public long flags;

    /** The PPC left the fleet; its flags and audit trail are kept. */
    public boolean retired;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
