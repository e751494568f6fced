package io.releasetrain.promoter.freeze;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/** A freeze window, persisted: who froze which environments, when, why, and who ended it. */
@Entity
@Table(name = "freeze")
public class Freeze extends PanacheEntityBase {

    @Id
    public String id;
    /** Comma-separated environment names. */
    public String environments;
    @Column(name = "starts_at")
    public Instant startsAt;
    @Column(name = "ends_at")
    public Instant endsAt;
    public boolean weekly;
    public String reason;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "ended_at")
    public Instant endedAt;
    @Column(name = "ended_by")
    public String endedBy;
    @Column(name = "end_reason")
    public String endReason;

    /** The environments it freezes. */
    public List<String> environmentList() {
        return Arrays.asList(environments.split(","));
    }

    /** Its window, read in {@code zone}. */
    public FreezeWindow window(ZoneId zone) {
        return new FreezeWindow(startsAt, endsAt, weekly, endedAt, zone);
    }
}
