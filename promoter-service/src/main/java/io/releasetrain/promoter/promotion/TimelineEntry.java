package io.releasetrain.promoter.promotion;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One line of a promotion's timeline: a transition, or something worth knowing (a missing manifest file). */
@Entity
@Table(name = "promotion_timeline")
public class TimelineEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "promotion_id")
    public String promotionId;
    public Instant at;
    @Enumerated(EnumType.STRING)
    public PromotionState state;
    public String actor;
    public String detail;

    /** A promotion's timeline, oldest first (by insertion: timestamps may lose their fractions). */
    public static List<TimelineEntry> of(String promotionId) {
        return list("promotionId = ?1 order by id", promotionId);
    }
}
