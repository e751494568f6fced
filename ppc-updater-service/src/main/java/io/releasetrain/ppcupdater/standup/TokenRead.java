package io.releasetrain.ppcupdater.standup;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The audit trail of access token reads: who read which PPC's token, when and why. */
@Entity
@Table(name = "ppc_token_read")
public class TokenRead extends PanacheEntityBase {

    @Id
    @Column(name = "read_id")
    public String readId;

    @Column(name = "cloud_id")
    public String cloudId;

    @Column(name = "key_id")
    public String keyId;

    @Column(name = "read_by")
    public String readBy;

    public String reason;

    @Column(name = "read_at")
    public Instant readAt;
}
