package io.releasetrain.ppcupdater.update;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A build result heard on ci-events before the runner had matched the build to an update. */
@Entity
@Table(name = "ci_build_outcome")
public class CiBuildOutcome extends PanacheEntityBase {

    @Id
    @Column(name = "build_id")
    public String buildId;

    public String result;

    public String url;

    @Column(name = "received_at")
    public Instant receivedAt;
}
