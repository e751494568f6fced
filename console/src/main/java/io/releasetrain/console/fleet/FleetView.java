package io.releasetrain.console.fleet;

import io.releasetrain.console.maintenance.CloudFlags;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Fleet page's content: every PPC of the registry with its flags, the ones the filter lets through, and
 * the values the filter can choose from.
 */
public record FleetView(List<FleetRow> rows, int total, List<String> orgs, List<String> environments) {

    /** Joins the registry with the flags by cloud id and applies {@code filter}; sorted by organisation and name. */
    public static FleetView of(List<Ppc> ppcs, List<CloudFlags> flags, FleetFilter filter) {
        Map<String, CloudFlags> flagsById = flags.stream()
                .collect(Collectors.toMap(CloudFlags::id, Function.identity(), (a, b) -> a));
        List<FleetRow> all = ppcs.stream()
                .map(ppc -> new FleetRow(ppc, flagsById.get(ppc.cloudId())))
                .sorted(Comparator.comparing((FleetRow r) -> Objects.toString(r.ppc().orgId(), ""))
                        .thenComparing(r -> Objects.toString(r.ppc().name(), "")))
                .toList();
        return new FleetView(all.stream().filter(filter::matches).toList(), all.size(),
                distinct(ppcs, Ppc::orgId), distinct(ppcs, Ppc::environment));
    }

    private static List<String> distinct(List<Ppc> ppcs, Function<Ppc, String> field) {
        return ppcs.stream().map(field).filter(Objects::nonNull).distinct().sorted().toList();
    }
}
