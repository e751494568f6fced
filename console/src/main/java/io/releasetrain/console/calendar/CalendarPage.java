package io.releasetrain.console.calendar;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.releasetrain.console.ConsoleConfig;
import io.releasetrain.console.maintenance.MaintenanceForms;
import io.releasetrain.console.promotion.Environment;
import io.releasetrain.console.promotion.HistoryEntry;
import io.releasetrain.console.promotion.PromoterClient;
import io.releasetrain.console.web.FormException;
import io.releasetrain.console.web.Reasons;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The Calendar page: each train's next slot and latest outcome, the freezes (created and ended here by on-call),
 * and the slots that started nothing, with why. Live from release events.
 */
@Path("/calendar")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class CalendarPage {

    /** How many skipped or missed slots are shown. */
    static final int SLOTS_SHOWN = 30;

    /** A slot that started nothing, and into which environment. */
    public record QuietSlot(String environment, HistoryEntry entry) {
    }

    private final Template calendar;
    private final PromoterClient client;
    private final ConsoleConfig config;

    CalendarPage(@Location("calendar.html") Template calendar, PromoterClient client, ConsoleConfig config) {
        this.calendar = calendar;
        this.client = client;
        this.config = config;
    }

    @GET
    public TemplateInstance page() {
        return withData(calendar.instance(), null);
    }

    /** Trains, freezes and slots alone, fetched again when a release event arrives. */
    @GET
    @Path("/board")
    public TemplateInstance board() {
        return withBoard(calendar.getFragment("board").instance(), client.environments());
    }

    @POST
    @Path("/freezes")
    public TemplateInstance freeze(@RestForm List<String> environments, @RestForm String start, @RestForm String end,
            @RestForm String weekly, @RestForm String reason) {
        if (environments == null || environments.isEmpty()) {
            throw new FormException("Choose at least one environment to freeze.");
        }
        Freeze created = client.freeze(new FreezeRequest(environments,
                MaintenanceForms.localTime("start", start, config.trainZone()),
                MaintenanceForms.localTime("end", end, config.trainZone()), weekly != null, Reasons.required(reason)));
        return withData(calendar.instance(), "Freeze " + created.id() + " of " + created.environmentNames() + " created.");
    }

    @POST
    @Path("/freezes/{id}/end")
    public TemplateInstance endFreeze(@PathParam("id") String id, @RestForm String reason) {
        Freeze ended = client.endFreeze(id, Reasons.required(reason));
        return withData(calendar.instance(), "Freeze " + ended.id() + " ended.");
    }

    private TemplateInstance withData(TemplateInstance page, String notice) {
        List<Environment> environments = client.environments();
        return withBoard(page, environments).data("page", "calendar").data("notice", notice)
                .data("environments", environments);
    }

    private TemplateInstance withBoard(TemplateInstance page, List<Environment> environments) {
        List<QuietSlot> quiet = environments.stream()
                .flatMap(env -> client.history(env.name(), SLOTS_SHOWN).stream()
                        .filter(h -> "SKIPPED".equals(h.kind()) || "MISSED".equals(h.kind()))
                        .map(h -> new QuietSlot(env.name(), h)))
                .sorted(Comparator.comparing((QuietSlot q) -> q.entry().at()).reversed())
                .limit(SLOTS_SHOWN).toList();
        return page.data("trains", client.calendar()).data("freezes", client.freezes()).data("quiet", quiet);
    }
}
