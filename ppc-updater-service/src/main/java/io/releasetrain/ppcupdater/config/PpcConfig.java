package io.releasetrain.ppcupdater.config;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One version of one PPC's configuration, with who changed it and why. */
@Entity
@Table(name = "ppc_config")
@IdClass(PpcConfig.Key.class)
public class PpcConfig extends PanacheEntityBase {

    @Id
    @Column(name = "cloud_id")
    public String cloudId;

    @Id
    public int version;

    /** The entries as JSON ({@link ConfigEntries}). */
    public String entries;

    @Column(name = "changed_by")
    public String changedBy;

    public String reason;

    @Column(name = "changed_at")
    public Instant changedAt;

    /** The current version of a PPC's configuration, or null when it has none. */
    public static PpcConfig current(String cloudId) {
        return find("cloudId", Sort.descending("version"), cloudId).firstResult();
    }

    /** Every version, newest first. */
    public static List<PpcConfig> history(String cloudId) {
        return list("cloudId", Sort.descending("version"), cloudId);
    }

    /** The primary key. */
    public static class Key implements Serializable {
        public String cloudId;
        public int version;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.cloudId.equals(cloudId) && key.version == version;
        }

        @Override
        public int hashCode() {
            return Objects.hash(cloudId, version);
        }
    }
}
