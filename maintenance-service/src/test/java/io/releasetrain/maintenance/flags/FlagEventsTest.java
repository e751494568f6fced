package io.releasetrain.maintenance.flags;

import static org.assertj.core.api.Assertions.assertThat;

import io.releasetrain.events.maintenance.FlagsChanged;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FlagEventsTest {

    @Test
    void theEventCarriesTheChangeActorReasonExpiryWindowAndThePpcsName() {
        Instant expiry = Instant.parse("2030-01-01T00:00:00Z");

        FlagsChanged event = FlagEvents.changed("change-1", new CloudChange("c-1", "acme-ppc-03", "org-1", 0x2, 0x3),
                new ChangeCommand("alice", "db migration", expiry, "w-1"));

        assertThat(event).isEqualTo(new FlagsChanged("change-1", "c-1", "org-1", 2, 3, "alice", "db migration", expiry,
                "w-1", "acme-ppc-03"));
        assertThat(event.key()).isEqualTo("c-1");
    }

    @Test
    void theEventCarriesEveryBitIncludingBit31() {
        FlagsChanged event = FlagEvents.changed("change-1",
                new CloudChange("c-1", "ppc", "org-1", 0x8000_0002L, 0x8000_0003L),
                ChangeCommand.byPerson("alice", "why", null));

        assertThat(event.flagsBefore()).isEqualTo(0x8000_0002L);
        assertThat(event.flagsAfter()).isEqualTo(0x8000_0003L);
    }

    @Test
    void aReasonLongerThanTheAuditTrailKeepsIsCut() {
        ChangeCommand command = ChangeCommand.byPerson("alice", "x".repeat(2000), null);

        assertThat(command.reason()).hasSize(ChangeCommand.MAX_REASON_LENGTH).endsWith("...");
    }

    @Test
    void theOutcomeIsSaidInOneSentence() {
        assertThat(FlagChanges.message(Flag.MAINTENANCE, true, "PPC 'a'", 1, 0)).isEqualTo("maintenance set on PPC 'a'");
        assertThat(FlagChanges.message(Flag.MAINTENANCE, true, "PPC 'a'", 0, 1))
                .isEqualTo("maintenance was already set on PPC 'a'; nothing changed");
        assertThat(FlagChanges.message(Flag.HEALTH_CHECK_OPT_OUT, false, "organisation 'o'", 2, 1))
                .isEqualTo("health-check-opt-out cleared on 2 of 3 PPCs of organisation 'o'; 1 was already clear "
                        + "and left unchanged");
    }
}
