package io.releasetrain.ppcupdater.rollout;

/** The rollout (or one of its PPCs) is not in a state that allows what was asked; answered with 409. */
public final class RolloutConflictException extends RuntimeException {

    public RolloutConflictException(String message) {
        super(message);
    }
}
