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

    public String name;

    @Column(name = "org_id")
    public String orgId;

    @Enumerated(EnumType.STRING)
    public PpcKind kind;

    /** For a service PPC: the service environment it is updated with. */
    public String environment;

    public String endpoint;

    @Column(name = "registered_by")
    public String registeredBy;

    @Column(name = "registered_at")
    public Instant registeredAt;

    public static Ppc byName(String name) {
        return find("name", name).firstResult();
    }
}
