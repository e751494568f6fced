package io.releasetrain.maintenance.admission;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * The 503 body of the admission check: the shared error fields ({@code status}, {@code error},
 * {@code message}) and why the PPC is in maintenance, for the stack service to pass on to its user.
 *
 * @param reason    why maintenance is on; absent when it was set outside this service
 * @param setBy     who set it, when known
 * @param since     since when, when known
 * @param expiresAt when it ends by itself, when known; {@code Retry-After} counts down to it
 * @param windowId  the maintenance window that holds it, if any
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AdmissionRefusal(int status, String error, String message, String cloudId, String reason, String setBy,
        Instant since, Instant expiresAt, String windowId) {
}
