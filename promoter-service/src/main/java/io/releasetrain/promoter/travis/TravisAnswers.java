package io.releasetrain.promoter.travis;

import io.releasetrain.promoter.remote.RemoteAnswers;

/** Travis CI's answers that are not a 2xx, as the project's exceptions (see {@link RemoteAnswers}). */
public class TravisAnswers extends RemoteAnswers {

    public TravisAnswers() {
        super(TravisClient.SYSTEM);
    }
}
