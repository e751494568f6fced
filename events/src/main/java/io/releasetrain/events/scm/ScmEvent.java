package io.releasetrain.events.scm;

import io.releasetrain.events.ReleaseTrainEvent;

/**
 * What happened in the source repositories, normalised from GitHub webhooks. Published to
 * {@link io.releasetrain.events.Topics#SCM_EVENTS}, keyed by {@code repository/branch}.
 */
public sealed interface ScmEvent extends ReleaseTrainEvent
        permits BranchPushed, PullRequestOpened, PullRequestSynchronized, PullRequestReopened,
                PullRequestClosed, CommitStatusChanged, CheckFinished {

    /** The repository, as {@code owner/name}. */
    String repository();
}
