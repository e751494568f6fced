package io.releasetrain.promoter.promotion;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A promotion, persisted: the row behind the state machine of {@link PromotionState}. */
@Entity
@Table(name = "promotion")
public class Promotion extends PanacheEntityBase {

    @Id
    public String id;
    public String repository;
    @Column(name = "source_environment")
    public String sourceEnvironment;
    @Column(name = "target_environment")
    public String targetEnvironment;
    @Column(name = "source_branch")
    public String sourceBranch;
    @Column(name = "target_branch")
    public String targetBranch;
    @Column(name = "promotion_branch")
    public String promotionBranch;
    @Column(name = "candidate_sha")
    public String candidateSha;
    @Column(name = "head_sha")
    public String headSha;
    @Enumerated(EnumType.STRING)
    public PromotionState state;
    @Column(name = "in_flight_target")
    public String inFlightTarget;
    @Column(name = "requires_approval")
    public boolean requiresApproval;
    @Column(name = "pull_request_number")
    public Integer pullRequestNumber;
    @Column(name = "pull_request_url")
    public String pullRequestUrl;
    @Column(name = "merge_sha")
    public String mergeSha;
    @Column(name = "merge_claimed_at")
    public Instant mergeClaimedAt;
    @Column(name = "deploy_build_url")
    public String deployBuildUrl;
    @Column(name = "ppc_version")
    public String ppcVersion;
    @Column(name = "sdk_version")
    public String sdkVersion;
    @Column(name = "commit_count")
    public Integer commitCount;
    @Column(name = "compare_url")
    public String compareUrl;
    @Column(name = "trigger_kind")
    public String triggerKind;
    @Column(name = "requested_by")
    public String requestedBy;
    public String reason;
    @Column(name = "approved_by")
    public String approvedBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public long version;
    /**
     * The order promotions were requested in (newest highest), assigned by the database on insert: created_at
     * ties within a second (MariaDB through Connector/J keeps no fractions). Not loaded back after the insert.
     */
    @Column(name = "seq", insertable = false, updatable = false)
    public Long sequence;

    /** The promotion in flight into {@code target}, if any. */
    public static Optional<Promotion> inFlightInto(String target) {
        return find("inFlightTarget", target).firstResultOptional();
    }

    /** Promotions in flight whose head is {@code sha}. */
    public static List<Promotion> inFlightAtHead(String repository, String sha) {
        return list("repository = ?1 and headSha = ?2 and inFlightTarget is not null", repository, sha);
    }

    /** The promotion in flight whose merge commit is {@code sha}. */
    public static Optional<Promotion> inFlightMergedAs(String repository, String sha) {
        return find("repository = ?1 and mergeSha = ?2 and inFlightTarget is not null", repository, sha)
                .firstResultOptional();
    }

    /** The promotion in flight with pull request {@code number}. */
    public static Optional<Promotion> inFlightWithPullRequest(String repository, int number) {
        return find("repository = ?1 and pullRequestNumber = ?2 and inFlightTarget is not null", repository, number)
                .firstResultOptional();
    }

    /** Every promotion in flight, for the reconciler. */
    public static List<Promotion> allInFlight() {
        return list("inFlightTarget is not null");
    }
}
