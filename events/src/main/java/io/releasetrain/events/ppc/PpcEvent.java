package io.releasetrain.events.ppc;

import io.releasetrain.events.ReleaseTrainEvent;

/**
 * What happened to the PPC fleet (private cloud installations): PPCs joining and leaving it, PPC
 * updates, and customer rollouts in waves. Published to
 * {@link io.releasetrain.events.Topics#PPC_EVENTS}; events about one PPC are keyed by its cloud
 * id, rollout events by the rollout id.
 */
public sealed interface PpcEvent extends ReleaseTrainEvent
        permits PpcRegistered, PpcRetired, PpcUpdateStarted, PpcUpdateSucceeded, PpcUpdateFailed,
                RolloutStarted, RolloutWaveDone, RolloutHalted, RolloutFinished,
                PpcChanged, PpcUpdatesWithheld, RolloutAwaitingApproval, RolloutResumed, ReleaseCompleted,
                PpcAccessTokenRead {
}
