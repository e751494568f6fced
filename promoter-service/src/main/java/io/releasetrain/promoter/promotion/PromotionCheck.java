package io.releasetrain.promoter.promotion;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.releasetrain.promoter.github.CommitCheck;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The latest result of one check, by name, on one commit of a promotion. */
@Entity
@Table(name = "promotion_check")
public class PromotionCheck extends PanacheEntityBase {

    @EmbeddedId
    public Key key;
    @Enumerated(EnumType.STRING)
    public CommitCheck.Outcome outcome;
    public String url;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Promotion, commit and check name. */
    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "promotion_id")
        public String promotionId;
        public String sha;
        public String name;

        public Key() {
        }

        Key(String promotionId, String sha, String name) {
            this.promotionId = promotionId;
            this.sha = sha;
            this.name = name;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.promotionId.equals(promotionId) && key.sha.equals(sha)
                    && key.name.equals(name);
        }

        @Override
        public int hashCode() {
            return Objects.hash(promotionId, sha, name);
        }
    }

    /** Records a check's latest result on a commit of the promotion. */
    static void record(String promotionId, String sha, CommitCheck check, Instant now) {
        Key key = new Key(promotionId, sha, check.name());
        PromotionCheck row = findById(key);
        boolean isNew = row == null;
        if (isNew) {
            row = new PromotionCheck();
            row.key = key;
        }
        row.outcome = check.outcome();
        row.url = check.url();
        row.updatedAt = now;
        if (isNew) {
            row.persist();
        }
    }

    /** The latest result per check name on a commit of the promotion. */
    static Map<String, CommitCheck> latest(String promotionId, String sha) {
        Map<String, CommitCheck> latest = new LinkedHashMap<>();
        for (PromotionCheck row : PromotionCheck.<PromotionCheck>list("key.promotionId = ?1 and key.sha = ?2",
                promotionId, sha)) {
            latest.put(row.key.name, new CommitCheck(row.key.name, row.outcome, row.url));
        }
        return latest;
    }
}
