package io.releasetrain.events;

import io.releasetrain.events.ci.CiEvent;
import io.releasetrain.events.maintenance.MaintenanceEvent;
import io.releasetrain.events.ppc.PpcEvent;
import io.releasetrain.events.release.ReleaseEvent;
import io.releasetrain.events.scm.ScmEvent;

/**
 * Every payload that travels on the release train's bus. Each permitted interface is one topic
 * (see {@link Topics}); its records are the events published there. Consumers dispatch with an
 * exhaustive {@code switch} over these sealed types, so an event a consumer does not handle is
 * skipped on purpose, never by accident.
 *
 * <p>The CloudEvents {@code type} of each record and the topic it goes to are in {@link EventCatalog};
 * the JSON form is defined by {@link EventJson}.
 */
public sealed interface ReleaseTrainEvent permits ScmEvent, CiEvent, ReleaseEvent, PpcEvent, MaintenanceEvent {

    /**
     * The Kafka record key. Events with the same key land on the same partition and are read in
     * the order they were published: {@code repository/branch} for SCM and CI events, the target
     * environment for release events, the cloud id for events about one PPC, the rollout id for
     * rollout events, the window id for maintenance-window events.
     */
    String key();

    /**
     * The CloudEvents {@code subject}: the id of the aggregate the event is about, such as a
     * promotion id, a cloud id, a rollout id, a build id or a pull request ({@code repo#number}).
     */
    String subject();
}
