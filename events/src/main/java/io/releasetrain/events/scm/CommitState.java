package io.releasetrain.events.scm;

/** The state of a commit status, as GitHub reports it. */
public enum CommitState {
    PENDING,
    SUCCESS,
    FAILURE,
    ERROR
}
