package io.releasetrain.ppcupdater.standup;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A callback token handed to one start of a create job, by its SHA-256. Each start gets its own (a start
 * that timed out may still run), and the first callback of the job uses up all of them.
 */
@Entity
@Table(name = "standup_callback")
public class StandUpCallback extends PanacheEntityBase {

    @Id
    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "cloud_id")
    public String cloudId;

    @Column(name = "update_id")
    public String updateId;

    /** After this the token is refused: the job's timeout from when it was handed out. */
    @Column(name = "expires_at")
    public Instant expiresAt;

    /** When it (or a sibling token of the same job) was used; null while it is good. */
    @Column(name = "used_at")
    public Instant usedAt;

    @Column(name = "created_at")
    public Instant createdAt;
}
