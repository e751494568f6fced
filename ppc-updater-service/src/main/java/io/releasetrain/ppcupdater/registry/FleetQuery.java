package io.releasetrain.ppcupdater.registry;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.releasetrain.events.ppc.PpcKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A filter over the fleet; every criterion is optional and they combine with AND.
 *
 * @param flags         PPCs with all these flag bits set
 * @param maintenance   PPCs in maintenance (true) or not (false)
 */
public record FleetQuery(String orgId, PpcKind kind, String environment, String version, PpcStatus status, Long flags,
        Boolean maintenance) {

    /** The PPCs matching, by name. */
    public List<Ppc> run() {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        add(where, parameters, "orgId", orgId);
        add(where, parameters, "kind", kind);
        add(where, parameters, "environment", environment);
        add(where, parameters, "version", version);
        add(where, parameters, "status", status);
        Sort byName = Sort.by("name");
        List<Ppc> found = where.isEmpty() ? Ppc.listAll(byName) : Ppc.list(String.join(" and ", where), byName, parameters);
        // Flags are bit tests, which JPQL does not portably express; the fleet is small enough to test them here.
        return found.stream()
                .filter(ppc -> flags == null || (ppc.flags & flags) == flags)
                .filter(ppc -> maintenance == null || ppc.inMaintenance() == maintenance)
                .toList();
    }

    private static void add(List<String> where, Parameters parameters, String field, Object value) {
        if (value != null) {
            where.add(field + " = :" + field);
            parameters.and(field, value);
        }
    }
}
