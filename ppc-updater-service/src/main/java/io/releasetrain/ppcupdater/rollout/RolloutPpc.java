package io.releasetrain.ppcupdater.rollout;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.releasetrain.ppcupdater.rollout.plan.PpcProgress;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One PPC of one rollout. */
@Entity
@Table(name = "rollout_ppc")
@IdClass(RolloutPpc.Key.class)
public class RolloutPpc extends PanacheEntityBase {

    @Id
    @Column(name = "rollout_id")
    public String rolloutId;

    @Id
    @Column(name = "cloud_id")
    public String cloudId;

    public int wave;

    public int position;

    @Enumerated(EnumType.STRING)
    public PpcProgress state;

    /** The current (latest) update of this PPC in this rollout. */
    @Column(name = "update_id")
    public String updateId;

    /** Updates started for it in this rollout: 1, or more after retries a person asked for. */
    public int attempts;

    public String reason;

    /** Who skipped or retried it. */
    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The primary key. */
    public static class Key implements Serializable {
        public String rolloutId;
        public String cloudId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.rolloutId.equals(rolloutId) && key.cloudId.equals(cloudId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(rolloutId, cloudId);
        }
    }
}
