package io.releasetrain.events;

import io.releasetrain.events.ci.CiBuildFinished;
import io.releasetrain.events.ci.CiBuildStarted;
import io.releasetrain.events.ci.CiEvent;
import io.releasetrain.events.maintenance.FlagsChanged;
import io.releasetrain.events.maintenance.MaintenanceEvent;
import io.releasetrain.events.maintenance.MaintenanceWindowBooked;
import io.releasetrain.events.maintenance.MaintenanceWindowCancelled;
import io.releasetrain.events.maintenance.MaintenanceWindowEnded;
import io.releasetrain.events.maintenance.MaintenanceWindowStarted;
import io.releasetrain.events.ppc.PpcAccessTokenRead;
import io.releasetrain.events.ppc.PpcChanged;
import io.releasetrain.events.ppc.PpcEvent;
import io.releasetrain.events.ppc.PpcUpdatesWithheld;
import io.releasetrain.events.ppc.ReleaseCompleted;
import io.releasetrain.events.ppc.RolloutAwaitingApproval;
import io.releasetrain.events.ppc.RolloutResumed;
import io.releasetrain.events.ppc.PpcRegistered;
import io.releasetrain.events.ppc.PpcRetired;
import io.releasetrain.events.ppc.PpcUpdateFailed;
import io.releasetrain.events.ppc.PpcUpdateStarted;
import io.releasetrain.events.ppc.PpcUpdateSucceeded;
import io.releasetrain.events.ppc.RolloutFinished;
import io.releasetrain.events.ppc.RolloutHalted;
import io.releasetrain.events.ppc.RolloutStarted;
import io.releasetrain.events.ppc.RolloutWaveDone;
import io.releasetrain.events.release.EnvironmentDeployed;
import io.releasetrain.events.release.FreezeChanged;
import io.releasetrain.events.release.EnvironmentDeploying;
import io.releasetrain.events.release.PromotionAbandoned;
import io.releasetrain.events.release.PromotionApproved;
import io.releasetrain.events.release.PromotionAwaitingApproval;
import io.releasetrain.events.release.PromotionNothingToPromote;
import io.releasetrain.events.release.PromotionChecksFailed;
import io.releasetrain.events.release.PromotionChecksPassed;
import io.releasetrain.events.release.PromotionCherryPicked;
import io.releasetrain.events.release.PromotionMerged;
import io.releasetrain.events.release.PromotionOpened;
import io.releasetrain.events.release.PromotionScheduled;
import io.releasetrain.events.release.PromotionTriggerMissed;
import io.releasetrain.events.release.PromotionTriggerSkipped;
import io.releasetrain.events.release.PromotionTriggered;
import io.releasetrain.events.release.ReleaseEvent;
import io.releasetrain.events.release.ReleasePromoted;
import io.releasetrain.events.release.RollbackFinished;
import io.releasetrain.events.release.RollbackStarted;
import io.releasetrain.events.scm.BranchPushed;
import io.releasetrain.events.scm.CheckFinished;
import io.releasetrain.events.scm.CommitStatusChanged;
import io.releasetrain.events.scm.PullRequestClosed;
import io.releasetrain.events.scm.PullRequestOpened;
import io.releasetrain.events.scm.PullRequestReopened;
import io.releasetrain.events.scm.PullRequestSynchronized;
import io.releasetrain.events.scm.ScmEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one registry of event types: for every event record, its CloudEvents {@code type} and its
 * topic. Publishers take both from here; consumers turn a received {@code type} back into a record
 * class with {@link #byName(String)}.
 *
 * <p>A new event record must be registered below; a test fails for any record that is not.
 * Type names are part of the contract with every consumer: never rename one.
 */
public final class EventCatalog {

    private static final List<EventType> ALL = List.of(
            scm("io.releasetrain.scm.branch-pushed", BranchPushed.class),
            scm("io.releasetrain.pull-request.opened", PullRequestOpened.class),
            scm("io.releasetrain.pull-request.synchronized", PullRequestSynchronized.class),
            scm("io.releasetrain.pull-request.reopened", PullRequestReopened.class),
            scm("io.releasetrain.pull-request.closed", PullRequestClosed.class),
            scm("io.releasetrain.commit-status.changed", CommitStatusChanged.class),
            scm("io.releasetrain.check.finished", CheckFinished.class),

            ci("io.releasetrain.ci.build-started", CiBuildStarted.class),
            ci("io.releasetrain.ci.build-finished", CiBuildFinished.class),

            release("io.releasetrain.promotion.scheduled", PromotionScheduled.class),
            release("io.releasetrain.promotion.opened", PromotionOpened.class),
            release("io.releasetrain.promotion.checks-passed", PromotionChecksPassed.class),
            release("io.releasetrain.promotion.checks-failed", PromotionChecksFailed.class),
            release("io.releasetrain.promotion.cherry-picked", PromotionCherryPicked.class),
            release("io.releasetrain.promotion.merged", PromotionMerged.class),
            release("io.releasetrain.promotion.abandoned", PromotionAbandoned.class),
            release("io.releasetrain.environment.deployed", EnvironmentDeployed.class),
            release("io.releasetrain.release.promoted", ReleasePromoted.class),
            release("io.releasetrain.rollback.started", RollbackStarted.class),
            release("io.releasetrain.rollback.finished", RollbackFinished.class),
            release("io.releasetrain.freeze.changed", FreezeChanged.class),
            release("io.releasetrain.promotion.awaiting-approval", PromotionAwaitingApproval.class),
            release("io.releasetrain.promotion.approved", PromotionApproved.class),
            release("io.releasetrain.promotion.nothing-to-promote", PromotionNothingToPromote.class),
            release("io.releasetrain.environment.deploying", EnvironmentDeploying.class),
            release("io.releasetrain.calendar.triggered", PromotionTriggered.class),
            release("io.releasetrain.calendar.skipped", PromotionTriggerSkipped.class),
            release("io.releasetrain.calendar.missed", PromotionTriggerMissed.class),

            ppc("io.releasetrain.ppc.registered", PpcRegistered.class),
            ppc("io.releasetrain.ppc.retired", PpcRetired.class),
            ppc("io.releasetrain.ppc.update-started", PpcUpdateStarted.class),
            ppc("io.releasetrain.ppc.update-succeeded", PpcUpdateSucceeded.class),
            ppc("io.releasetrain.ppc.update-failed", PpcUpdateFailed.class),
            ppc("io.releasetrain.rollout.started", RolloutStarted.class),
            ppc("io.releasetrain.rollout.wave-done", RolloutWaveDone.class),
            ppc("io.releasetrain.rollout.halted", RolloutHalted.class),
            ppc("io.releasetrain.rollout.finished", RolloutFinished.class),
            ppc("io.releasetrain.ppc.changed", PpcChanged.class),
            ppc("io.releasetrain.ppc.updates-withheld", PpcUpdatesWithheld.class),
            ppc("io.releasetrain.rollout.awaiting-approval", RolloutAwaitingApproval.class),
            ppc("io.releasetrain.rollout.resumed", RolloutResumed.class),
            ppc("io.releasetrain.release.completed", ReleaseCompleted.class),
            ppc("io.releasetrain.ppc.access-token-read", PpcAccessTokenRead.class),

            maintenance("io.releasetrain.maintenance.flags-changed", FlagsChanged.class),
            maintenance("io.releasetrain.maintenance.window-booked", MaintenanceWindowBooked.class),
            maintenance("io.releasetrain.maintenance.window-cancelled", MaintenanceWindowCancelled.class),
            maintenance("io.releasetrain.maintenance.window-started", MaintenanceWindowStarted.class),
            maintenance("io.releasetrain.maintenance.window-ended", MaintenanceWindowEnded.class));

    // toMap throws on a duplicate key, so a name or class registered twice fails at class load.
    private static final Map<String, EventType> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));
    private static final Map<Class<?>, EventType> BY_CLASS =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::javaType, Function.identity()));

    private EventCatalog() {
    }

    /**
     * The type of an event.
     *
     * @throws IllegalArgumentException if {@code event} is null or its class is not registered
     */
    public static EventType of(ReleaseTrainEvent event) {
        Require.present(event, "event");
        return of(event.getClass());
    }

    /**
     * The type whose payload is {@code eventClass}.
     *
     * @throws IllegalArgumentException if {@code eventClass} is null or not a registered record, such
     *                                  as one of the sealed interfaces
     */
    public static EventType of(Class<? extends ReleaseTrainEvent> eventClass) {
        Require.present(eventClass, "eventClass");
        EventType type = BY_CLASS.get(eventClass);
        if (type == null) {
            throw new IllegalArgumentException(eventClass.getName() + " is not a registered event type");
        }
        return type;
    }

    /** The type with the CloudEvents {@code type} name {@code name}; empty if there is none (or name is null). */
    public static Optional<EventType> byName(String name) {
        return Optional.ofNullable(name).map(BY_NAME::get);
    }

    /** Every registered type, grouped by topic, in a stable order. */
    public static List<EventType> all() {
        return ALL;
    }

    private static EventType scm(String name, Class<? extends ScmEvent> javaType) {
        return new EventType(name, Topics.SCM_EVENTS, javaType);
    }

    private static EventType ci(String name, Class<? extends CiEvent> javaType) {
        return new EventType(name, Topics.CI_EVENTS, javaType);
    }

    private static EventType release(String name, Class<? extends ReleaseEvent> javaType) {
        return new EventType(name, Topics.RELEASE_EVENTS, javaType);
    }

    private static EventType ppc(String name, Class<? extends PpcEvent> javaType) {
        return new EventType(name, Topics.PPC_EVENTS, javaType);
    }

    private static EventType maintenance(String name, Class<? extends MaintenanceEvent> javaType) {
        return new EventType(name, Topics.MAINTENANCE_EVENTS, javaType);
    }
}
