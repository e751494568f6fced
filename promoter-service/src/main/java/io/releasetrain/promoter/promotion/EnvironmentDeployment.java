package io.releasetrain.promoter.promotion;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What an environment runs: the commit, since when, and the promotion that brought it. */
@Entity
@Table(name = "environment_deployment")
public class EnvironmentDeployment extends PanacheEntityBase {

    @Id
    public String environment;
    public String sha;
    public Instant since;
    @Column(name = "promotion_id")
    public String promotionId;

    /** Records that {@code environment} now runs {@code sha}. */
    static void record(String environment, String sha, String promotionId, Instant now) {
        EnvironmentDeployment row = findById(environment);
        boolean isNew = row == null;
        if (isNew) {
            row = new EnvironmentDeployment();
            row.environment = environment;
        }
        row.sha = sha;
        row.since = now;
        row.promotionId = promotionId;
        if (isNew) {
            row.persist();
        }
    }
}
