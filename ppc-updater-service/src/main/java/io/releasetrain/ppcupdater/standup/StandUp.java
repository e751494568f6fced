package io.releasetrain.ppcupdater.standup;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The stand-up of a PPC the train created: its current create job and how the last one went. */
@Entity
@Table(name = "ppc_standup")
public class StandUp extends PanacheEntityBase {

    @Id
    @Column(name = "cloud_id")
    public String cloudId;

    /** The name of the credential set in the CI's secret store the job deploys with. */
    @Column(name = "credential_set")
    public String credentialSet;

    /** The current create job ({@code ppc_update}); callbacks of earlier attempts are refused. */
    @Column(name = "update_id")
    public String updateId;

    /** How many create jobs were started for it. */
    public int attempts;

    /** The current job's build page, once known. */
    @Column(name = "job_url")
    public String jobUrl;

    /** Why the last attempt failed; null unless FAILED. */
    @Column(name = "failure_reason")
    public String failureReason;

    /** When the current job's build was first seen passed, waiting for its callback. */
    @Column(name = "job_passed_at")
    public Instant jobPassedAt;

    /** When the job reported its endpoint and access token. */
    @Column(name = "reported_at")
    public Instant reportedAt;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "requested_at")
    public Instant requestedAt;
}
