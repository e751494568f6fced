package io.releasetrain.console.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FleetViewTest {

    private static final Ppc ACME_SERVICE = ppc("c-1", "acme-testing", "acme", "SERVICE", "testing", "3.1", 0);
    private static final Ppc ACME_CUSTOMER = ppc("c-2", "acme-prod", "acme", "CUSTOMER", null, "3.0", 1);
    private static final Ppc BETA_CUSTOMER = ppc("c-3", "beta-prod", "beta", "CUSTOMER", null, "3.1", 3);
    private static final List<Ppc> FLEET = List.of(BETA_CUSTOMER, ACME_CUSTOMER, ACME_SERVICE);

    @Test
    void anEmptyFilterShowsTheWholeFleetByOrganisationAndName() {
        FleetView view = FleetView.of(FLEET, filter("", "", "", "", "", ""));

        assertThat(view.rows()).containsExactly(ACME_CUSTOMER, ACME_SERVICE, BETA_CUSTOMER);
        assertThat(view.total()).isEqualTo(3);
        assertThat(view.orgs()).containsExactly("acme", "beta");
        assertThat(view.versions()).containsExactly("3.0", "3.1");
        assertThat(view.environments()).containsExactly("testing");
    }

    @Test
    void everyCriterionNarrowsTheFleet() {
        assertThat(FleetView.of(FLEET, filter("PROD", "", "", "", "", "")).rows()).containsExactly(ACME_CUSTOMER, BETA_CUSTOMER);
        assertThat(FleetView.of(FLEET, filter("", "service", "", "", "", "")).rows()).containsExactly(ACME_SERVICE);
        assertThat(FleetView.of(FLEET, filter("", "", "beta", "", "", "")).rows()).containsExactly(BETA_CUSTOMER);
        assertThat(FleetView.of(FLEET, filter("", "", "", "testing", "", "")).rows()).containsExactly(ACME_SERVICE);
        assertThat(FleetView.of(FLEET, filter("", "", "", "", "3.1", "")).rows()).containsExactly(ACME_SERVICE, BETA_CUSTOMER);
        assertThat(FleetView.of(FLEET, filter("", "", "", "", "", "maintenance")).rows()).containsExactly(ACME_CUSTOMER, BETA_CUSTOMER);
        assertThat(FleetView.of(FLEET, filter("", "", "", "", "", "health-check-opt-out")).rows()).containsExactly(BETA_CUSTOMER);
        assertThat(FleetView.of(FLEET, filter("", "", "", "", "", "none")).rows()).containsExactly(ACME_SERVICE);
    }

    @Test
    void theFilterSurvivesTheLiveRefreshAsAQueryString() {
        assertThat(filter("a b", "", "acme", "", "", "none").query())
                .isEqualTo("text=a+b&kind=&orgId=acme&environment=&version=&status=&flag=none");
    }

    private static FleetFilter filter(String text, String kind, String org, String environment, String version, String flag) {
        return new FleetFilter(text, kind, org, environment, version, "", flag);
    }

    private static Ppc ppc(String id, String name, String org, String kind, String environment, String version, long flags) {
        return new Ppc(id, name, org, kind, environment, "us-west-2", version, "ATTACHED", flags, (flags & 1) != 0,
                (flags & 2) != 0, "someone", null, null, null);
    }
}
