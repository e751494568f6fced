package io.releasetrain.promoter.rollback;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A rollback: the promotion that carries it, from what to which earlier release, who asked and why. */
@Entity
@Table(name = "rollback")
public class Rollback extends PanacheEntityBase {

    @Id
    public String id;
    public String environment;
    @Column(name = "promotion_id")
    public String promotionId;
    @Column(name = "from_sha")
    public String fromSha;
    @Column(name = "to_sha")
    public String toSha;
    @Column(name = "to_promotion_id")
    public String toPromotionId;
    @Column(name = "rollback_sha")
    public String rollbackSha;
    @Column(name = "requested_by")
    public String requestedBy;
    public String reason;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
    public Boolean succeeded;

    /** The rollback a promotion carries, if it carries one. */
    public static Optional<Rollback> ofPromotion(String promotionId) {
        return find("promotionId", promotionId).firstResultOptional();
    }

    /** The rollbacks of an environment, newest first. */
    public static List<Rollback> of(String environment) {
        return list("environment = ?1 order by createdAt desc", environment);
    }
}
