package io.releasetrain.ppcupdater.rollout;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.releasetrain.ppcupdater.rollout.plan.RolloutPhase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A rollout of one release's PPC version to the customer PPCs; its settings are fixed when it is planned. */
@Entity
@Table(name = "rollout")
public class Rollout extends PanacheEntityBase {

    @Id
    @Column(name = "rollout_id")
    public String rolloutId;

    public String version;

    @Column(name = "sdk_version")
    public String sdkVersion;

    @Column(name = "release_sha")
    public String releaseSha;

    @Column(name = "promotion_id")
    public String promotionId;

    @Enumerated(EnumType.STRING)
    public RolloutPhase state;

    @Column(name = "current_wave")
    public int currentWave;

    @Column(name = "wave_count")
    public int waveCount;

    @Column(name = "waves_announced")
    public int wavesAnnounced;

    @Column(name = "bake_until")
    public Instant bakeUntil;

    public int concurrency;

    @Column(name = "failure_budget")
    public int failureBudget;

    @Column(name = "failures_forgiven")
    public int failuresForgiven;

    @Column(name = "bake_seconds")
    public long bakeSeconds;

    @Column(name = "halt_reason")
    public String haltReason;

    @Column(name = "started_by")
    public String startedBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /**
     * The rollout, its row locked until the transaction ends; null when there is none. A native
     * {@code SELECT ... FOR UPDATE}: Hibernate's MySQL lock adds {@code OF alias}, which MariaDB rejects.
     */
    public static Rollout locked(String rolloutId) {
        List<?> rows = getEntityManager()
                .createNativeQuery("SELECT rollout_id FROM rollout WHERE rollout_id = ?1 FOR UPDATE")
                .setParameter(1, rolloutId)
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Rollout rollout = findById(rolloutId);
        getEntityManager().refresh(rollout);
        return rollout;
    }
}
