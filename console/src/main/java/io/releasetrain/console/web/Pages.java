package io.releasetrain.console.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/** The console's pages, in the order the navigation shows them. */
@ApplicationScoped
@Named("pages")
public class Pages {

    /** One entry of the navigation. */
    public record NavPage(String id, String path, String title) {
    }

    private static final List<NavPage> ALL = List.of(
            new NavPage("environments", "/environments", "Environments"),
            new NavPage("promotions", "/promotions", "Promotions"),
            new NavPage("calendar", "/calendar", "Calendar"),
            new NavPage("fleet", "/fleet", "Fleet"),
            new NavPage("rollouts", "/rollouts", "Rollouts"),
            new NavPage("maintenance", "/maintenance", "Maintenance"),
            new NavPage("audit", "/audit", "Audit"),
            new NavPage("events", "/events", "Events"));

    /** Every page. */
    public List<NavPage> all() {
        return ALL;
    }
}
