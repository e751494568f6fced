package io.releasetrain.promoter.github;

import io.releasetrain.promoter.remote.RemoteAnswers;

/** GitHub's answers that are not a 2xx, as the project's exceptions (see {@link RemoteAnswers}). */
public class GitHubAnswers extends RemoteAnswers {

    public GitHubAnswers() {
        super(GitHubClient.SYSTEM);
    }
}
