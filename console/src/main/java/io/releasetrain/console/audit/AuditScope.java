package io.releasetrain.console.audit;

import io.releasetrain.console.maintenance.AuditEntry;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Which part of the audit trail is shown: one PPC, one organisation, or (neither given) every organisation.
 *
 * @param cloudId blank for none
 * @param orgId   blank for none
 */
public record AuditScope(String cloudId, String orgId) {

    /** How many entries a page shows. */
    public static final int SHOWN = 200;

    public AuditScope {
        cloudId = cloudId == null || cloudId.isBlank() ? null : cloudId.strip();
        orgId = orgId == null || orgId.isBlank() || cloudId != null ? null : orgId.strip();
    }

    /** The scope as a query string, for the live refresh. */
    public String query() {
        return cloudId != null ? "cloudId=" + encode(cloudId) : orgId != null ? "orgId=" + encode(orgId) : "";
    }

    /** Several trails merged, newest first (by time, then by entry id), at most {@link #SHOWN}. */
    public static List<AuditEntry> newestFirst(Collection<List<AuditEntry>> trails) {
        return trails.stream().flatMap(List::stream)
                .sorted(Comparator.comparing(AuditEntry::changedAt, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(Comparator.comparingLong(AuditEntry::id).reversed()))
                .limit(SHOWN)
                .toList();
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
