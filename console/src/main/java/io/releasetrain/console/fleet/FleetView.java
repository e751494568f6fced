package io.releasetrain.console.fleet;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** The Fleet page's content: the PPCs the filter lets through, and the values the filter can choose from. */
public record FleetView(List<Ppc> rows, int total, List<String> orgs, List<String> environments,
        List<String> versions, List<String> statuses) {

    /** Applies {@code filter} to the fleet, sorted by organisation and name. */
    public static FleetView of(List<Ppc> ppcs, FleetFilter filter) {
        List<Ppc> shown = ppcs.stream().filter(filter::matches)
                .sorted(Comparator.comparing((Ppc p) -> Objects.toString(p.orgId(), ""))
                        .thenComparing(p -> Objects.toString(p.name(), "")))
                .toList();
        return new FleetView(shown, ppcs.size(), distinct(ppcs, Ppc::orgId), distinct(ppcs, Ppc::environment),
                distinct(ppcs, Ppc::version), distinct(ppcs, Ppc::status));
    }

    private static List<String> distinct(List<Ppc> ppcs, Function<Ppc, String> field) {
        return ppcs.stream().map(field).filter(Objects::nonNull).distinct().sorted().toList();
    }
}
