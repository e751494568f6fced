package io.releasetrain.console.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.releasetrain.console.maintenance.AuditEntry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditScopeTest {

    @Test
    void trailsOfSeveralOrganisationsMergeNewestFirst() {
        AuditEntry older = entry(1, "2026-12-01T10:00:00Z");
        AuditEntry newer = entry(7, "2026-12-02T10:00:00Z");
        AuditEntry sameSecondLaterId = entry(9, "2026-12-02T10:00:00Z");

        assertThat(AuditScope.newestFirst(List.of(List.of(newer, older), List.of(sameSecondLaterId))))
                .containsExactly(sameSecondLaterId, newer, older);
    }

    @Test
    void aPpcNarrowsMoreThanAnOrganisation() {
        assertThat(new AuditScope("c-1", "acme")).isEqualTo(new AuditScope("c-1", null));
        assertThat(new AuditScope(" ", "acme").query()).isEqualTo("orgId=acme");
        assertThat(new AuditScope(null, null).query()).isEmpty();
    }

    private static AuditEntry entry(long id, String at) {
        return new AuditEntry(id, "change-" + id, "c-" + id, "acme", "maintenance", "SET", 0, 1, "someone", "why",
                null, null, Instant.parse(at));
    }
}
