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

    /** Bit flags; changed only by single-bit atomic updates, never assigned as a whole. */
    public int flags;

    /** The PPC left the fleet; its flags and audit trail are kept. */
    public boolean retired;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
