package io.releasetrain.ppcupdater.update;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.releasetrain.ppcupdater.executor.JobKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One CI job on one PPC: an update to a version, or (issue 14) the creation of a new PPC. */
@Entity
@Table(name = "ppc_update")
public class PpcUpdate extends PanacheEntityBase {

    @Id
    @Column(name = "update_id")
    public String updateId;

    @Column(name = "cloud_id")
    public String cloudId;

    /** The customer rollout it is part of; null for a service PPC update or a create job. */
    @Column(name = "rollout_id")
    public String rolloutId;

    @Enumerated(EnumType.STRING)
    @Column(name = "job_kind")
    public JobKind jobKind;

    public String version;

    @Column(name = "sdk_version")
    public String sdkVersion;

    /** What asked for it, e.g. {@code deploy:staging@<sha>} or {@code rollout:<id>}. */
    @Column(name = "trigger_ref")
    public String triggerRef;

    @Enumerated(EnumType.STRING)
    public UpdateState state;

    @Column(name = "trigger_attempts")
    public int triggerAttempts;

    @Column(name = "health_attempts")
    public int healthAttempts;

    @Column(name = "request_id")
    public String requestId;

    @Column(name = "build_id")
    public String buildId;

    @Column(name = "job_url")
    public String jobUrl;

    /** The build's result as ci-events reported it, before the runner acted on it. */
    @Column(name = "build_result")
    public String buildResult;

    /** Whether the start was announced. */
    public boolean announced;

    public String reason;

    /** When a job that never reports is failed. */
    public Instant deadline;

    @Column(name = "next_check_at")
    public Instant nextCheckAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
