package io.releasetrain.events.scm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.releasetrain.events.Require;

/**
 * Commits were pushed to a branch.
 *
 * @param repository the repository, as {@code owner/name}
 * @param beforeSha  the branch head before the push (all zeros when the branch was created)
 * @param afterSha   the branch head after the push
 * @param pusher     the login of who pushed
 * @param forced     whether the push rewrote history
 */
public record BranchPushed(
        String repository,
        String branch,
        String beforeSha,
        String afterSha,
        String pusher,
        @JsonProperty(required = true) boolean forced) implements ScmEvent {

    /** Validates that every field is present. */
    public BranchPushed {
        Require.text(repository, "repository");
        Require.text(branch, "branch");
        Require.text(beforeSha, "beforeSha");
        Require.text(afterSha, "afterSha");
        Require.text(pusher, "pusher");
    }

    @Override
    public String key() {
        return repository + "/" + branch;
    }

    @Override
    public String subject() {
        return repository + "/" + branch;
    }
}
