package io.releasetrain.maintenance.flags;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * Why a flag is on, as the REST API shows it.
 *
 * @param flag      the flag's name, e.g. {@code maintenance}
 * @param setBy     who set it
 * @param reason    why
 * @param setAt     when
 * @param expiresAt when it clears by itself; absent when it stays until cleared
 * @param windowId  the maintenance window that holds it, if any
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HoldView(String flag, String setBy, String reason, Instant setAt, Instant expiresAt, String windowId) {

    /** The view of a hold on a known flag bit. */
    public static HoldView of(FlagHold hold) {
        String flag = Flag.byBit(hold.bit()).map(Flag::pathName).orElse("0x" + Long.toHexString(hold.bit()));
        return new HoldView(flag, hold.setBy(), hold.reason(), hold.setAt(), hold.expiresAt(), hold.windowId());
    }
}
