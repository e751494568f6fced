package io.releasetrain.events.release;

import io.releasetrain.events.ReleaseTrainEvent;

/**
 * What happened to an environment and the promotions into it. Published to
 * {@link io.releasetrain.events.Topics#RELEASE_EVENTS}, keyed by the (target) environment, so
 * that everything about one environment is read in order.
 */
public sealed interface ReleaseEvent extends ReleaseTrainEvent
        permits PromotionScheduled, PromotionOpened, PromotionChecksPassed, PromotionChecksFailed,
                PromotionCherryPicked, PromotionMerged, PromotionAbandoned, EnvironmentDeployed,
                ReleasePromoted, RollbackStarted, RollbackFinished, FreezeChanged, PromotionAwaitingApproval,
                PromotionApproved, PromotionNothingToPromote, EnvironmentDeploying, PromotionTriggered,
                PromotionTriggerSkipped, PromotionTriggerMissed {
}
