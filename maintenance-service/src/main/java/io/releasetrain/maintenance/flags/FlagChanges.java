package io.releasetrain.maintenance.flags;

import io.releasetrain.maintenance.MaintenanceConfig;
import io.releasetrain.maintenance.web.Horizon;
import io.releasetrain.messaging.web.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Flag changes asked for over REST: one PPC, or every PPC of an organisation in one transaction.
 * Each PPC's row is locked before its flags are read, so the before and after values recorded are
 * exact however many requests run at once.
 */
@ApplicationScoped
public class FlagChanges {

    private final FlagStore store;
    private final FlagWriter writer;
    private final HoldStore holds;
    private final MaintenanceConfig config;
    private final Clock clock;

    FlagChanges(FlagStore store, FlagWriter writer, HoldStore holds, MaintenanceConfig config, Clock clock) {
        this.store = store;
        this.writer = writer;
        this.holds = holds;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Sets or clears a flag of one PPC.
     *
     * @throws NotFoundException        when there is no such PPC
     * @throws InvalidRequestException  when the expiry is not acceptable
     */
    @Transactional
    public FlagChangeResult changeCloud(String cloudId, Flag flag, boolean on, ChangeCommand command) {
        checkExpiry(on, command.expiresAt());
        LockedCloud cloud = store.lock(cloudId)
                .orElseThrow(() -> new NotFoundException("No PPC with cloud id '" + cloudId + "'"));
        return apply(List.of(cloud), flag, on, command, "PPC '" + cloud.name() + "'");
    }

    /**
     * Sets or clears a flag of every PPC of an organisation that is still in the fleet.
     *
     * @throws NotFoundException        when the organisation has no PPC in the fleet
     * @throws InvalidRequestException  when the expiry is not acceptable
     */
    @Transactional
    public FlagChangeResult changeOrg(String orgId, Flag flag, boolean on, ChangeCommand command) {
        checkExpiry(on, command.expiresAt());
        List<LockedCloud> clouds = store.lockOrg(orgId);
        if (clouds.isEmpty()) {
            throw new NotFoundException("No PPC in the fleet belongs to organisation '" + orgId + "'");
        }
        return apply(clouds, flag, on, command, "organisation '" + orgId + "'");
    }

    private FlagChangeResult apply(List<LockedCloud> clouds, Flag flag, boolean on, ChangeCommand command,
            String target) {
        String changeId = UUID.randomUUID().toString();
        List<CloudChange> outcomes = clouds.stream()
                .map(cloud -> writer.apply(cloud, flag, on, command, changeId))
                .toList();
        List<FlagChangeResult.Changed> changed = outcomes.stream().filter(CloudChange::changed)
                .map(c -> new FlagChangeResult.Changed(c.cloudId(), c.name(), c.flagsBefore(), c.flagsAfter()))
                .toList();
        List<FlagChangeResult.Unchanged> unchanged = unchanged(outcomes, flag);
        return new FlagChangeResult(changed.isEmpty() ? null : changeId, flag.pathName(), on, command.actor(),
                command.reason(), on && !changed.isEmpty() ? command.expiresAt() : null, changed, unchanged,
                message(flag, on, target, changed.size(), unchanged.size()));
    }

    private List<FlagChangeResult.Unchanged> unchanged(List<CloudChange> outcomes, Flag flag) {
        List<CloudChange> untouched = outcomes.stream().filter(c -> !c.changed()).toList();
        Map<String, FlagHold> holdByCloud = holds.forClouds(untouched.stream().map(CloudChange::cloudId).toList())
                .stream()
                .filter(h -> h.hold().bit() == flag.bit())
                .collect(Collectors.toMap(HoldStore.CloudHold::cloudId, HoldStore.CloudHold::hold));
        return untouched.stream()
                .map(c -> new FlagChangeResult.Unchanged(c.cloudId(), c.name(), c.flagsAfter(),
                        holdByCloud.containsKey(c.cloudId()) ? HoldView.of(holdByCloud.get(c.cloudId())) : null))
                .toList();
    }

    static String message(Flag flag, boolean on, String target, int changed, int unchanged) {
        String done = on ? "set" : "cleared";
        String already = on ? "already set" : "already clear";
        if (changed + unchanged == 1) {
            return changed == 1
                    ? flag.pathName() + " " + done + " on " + target
                    : flag.pathName() + " was " + already + " on " + target + "; nothing changed";
        }
        return flag.pathName() + " " + done + " on " + changed + " of " + (changed + unchanged) + " PPCs of " + target
                + (unchanged == 0 ? "" : "; " + unchanged + " " + (unchanged == 1 ? "was" : "were") + " " + already
                        + " and left unchanged");
    }

    private void checkExpiry(boolean on, Instant expiresAt) {
        if (expiresAt == null) {
            return;
        }
        if (!on) {
            throw new InvalidRequestException("expiresAt", "applies only when setting a flag (set: true)");
        }
        Horizon.requireAhead("expiresAt", expiresAt, clock.instant(), config.maxAhead());
    }
}
