package io.releasetrain.notifier.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.releasetrain.notifier.template.Notice;
import io.releasetrain.notifier.template.Route;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutingTest {

    private final Routing defaults = new Routing("#releases", "#ops-notifications", Map.of(),
            Map.of("production", "<!subteam^S1|oncall-prod>", Routing.DEFAULT_ONCALL, "<!here>"));

    @Test
    void releasesAndOpsHaveTheirRoutesByDefault() {
        for (Route route : List.of(Route.PROMOTION, Route.DEPLOYMENT, Route.CALENDAR, Route.ROLLBACK)) {
            assertThat(defaults.channel(notice(route, null, false), "any")).isEqualTo("#releases");
        }
        for (Route route : List.of(Route.PPC, Route.ROLLOUT, Route.MAINTENANCE)) {
            assertThat(defaults.channel(notice(route, null, false), "any")).isEqualTo("#ops-notifications");
        }
    }

    @Test
    void configurationMovesARouteOrOneEventType() {
        Routing routing = new Routing("#releases", "#ops", Map.of("maintenance", "C0MAINT",
                "io.releasetrain.ppc.update-failed", "#alerts"), Map.of());

        assertThat(routing.channel(notice(Route.MAINTENANCE, null, false), "io.releasetrain.maintenance.flags-changed"))
                .isEqualTo("C0MAINT");
        assertThat(routing.channel(notice(Route.PPC, null, true), "io.releasetrain.ppc.update-failed")).isEqualTo("#alerts");
        assertThat(routing.channel(notice(Route.PPC, null, false), "io.releasetrain.ppc.registered")).isEqualTo("#ops");
    }

    @Test
    void alertsMentionTheirEnvironmentsOnCallOrTheDefault() {
        assertThat(defaults.content(notice(Route.ROLLOUT, "production", true)).text())
                .isEqualTo("<!subteam^S1|oncall-prod> :x: failed");
        assertThat(defaults.content(notice(Route.PPC, null, true)).text()).isEqualTo("<!here> :x: failed");
        assertThat(defaults.content(notice(Route.PROMOTION, "production", false)).text()).isEqualTo(":x: failed");
        assertThat(new Routing("#r", "#o", Map.of(), Map.of()).mention(notice(Route.PPC, "staging", true))).isEmpty();
    }

    private static Notice notice(Route route, String environment, boolean alert) {
        Notice notice = Notice.standalone(route, environment, ":x: failed", List.of());
        return alert ? notice.alerting() : notice;
    }
}
