package io.releasetrain.console.maintenance;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** One change of one flag bit of one PPC, from maintenance-service's audit trail. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuditEntry(long id, String changeId, String cloudId, String orgId, String flag, String action,
        long flagsBefore, long flagsAfter, String actor, String reason, Instant expiresAt, String windowId,
        Instant changedAt) {

    /** The flags before, in hex. */
    public String beforeHex() {
        return "0x" + Long.toHexString(flagsBefore);
    }

    /** The flags after, in hex. */
    public String afterHex() {
        return "0x" + Long.toHexString(flagsAfter);
    }
}
