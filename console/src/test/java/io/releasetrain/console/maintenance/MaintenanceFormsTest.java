package io.releasetrain.console.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.releasetrain.console.web.FormException;
import io.releasetrain.console.web.Reasons;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class MaintenanceFormsTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void aFlagSetForSomeHoursClearsThatLongFromNowAndAClearedOneHasNoExpiry() {
        assertThat(MaintenanceForms.expiry("1.5", true, NOW)).isEqualTo(Instant.parse("2026-12-03T11:30:00Z"));
        assertThat(MaintenanceForms.expiry("", true, NOW)).isNull();
        assertThat(MaintenanceForms.expiry("4", false, NOW)).isNull();
    }

    @Test
    void hoursThatAreNotAPositiveNumberAreRefusedWithWhatToFix() {
        assertThatThrownBy(() -> MaintenanceForms.expiry("soon", true, NOW)).isInstanceOf(FormException.class)
                .hasMessageContaining("number");
        assertThatThrownBy(() -> MaintenanceForms.expiry("0", true, NOW)).isInstanceOf(FormException.class);
    }

    @Test
    void windowTimesAreReadInTheTrainsZone() {
        assertThat(MaintenanceForms.localTime("start", "2026-12-08T14:00", ZoneId.of("America/Los_Angeles")))
                .isEqualTo(Instant.parse("2026-12-08T22:00:00Z"));
        assertThatThrownBy(() -> MaintenanceForms.localTime("start", "next tuesday", ZoneId.of("UTC")))
                .isInstanceOf(FormException.class).hasMessageContaining("2026-12-08T14:00");
    }

    @Test
    void everyChangeNeedsAReasonAKnownFlagAndOnOrOff() {
        assertThat(Reasons.required("  quiet weekend ")).isEqualTo("quiet weekend");
        assertThatThrownBy(() -> Reasons.required(" ")).isInstanceOf(FormException.class).hasMessageContaining("reason");
        assertThat(MaintenanceForms.flag("health-check-opt-out")).isEqualTo("health-check-opt-out");
        assertThatThrownBy(() -> MaintenanceForms.flag("0x4")).isInstanceOf(FormException.class);
        assertThat(MaintenanceForms.set("on")).isTrue();
        assertThat(MaintenanceForms.set("off")).isFalse();
        assertThatThrownBy(() -> MaintenanceForms.set("toggle")).isInstanceOf(FormException.class);
    }
}
