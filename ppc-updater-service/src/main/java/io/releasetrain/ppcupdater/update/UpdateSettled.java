package io.releasetrain.ppcupdater.update;

import io.releasetrain.ppcupdater.executor.JobKind;

/**
 * A CDI event, fired inside the transaction that settles a PPC job, for whoever waits on it (a rollout,
 * a stand-up).
 *
 * @param reason why it failed; null when it succeeded
 */
public record UpdateSettled(String updateId, String cloudId, String rolloutId, JobKind kind, boolean succeeded,
        String reason, String jobUrl) {
}
