package io.releasetrain.sandbox.github;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A commit of the simulated repository with the whole tree it records.
 *
 * @param files path → content of every file in the commit's tree
 */
public record Commit(String sha, String treeSha, List<String> parents, String message, Person author,
        Person committer, Map<String, String> files) {

    public Commit {
        parents = List.copyOf(parents);
        files = Map.copyOf(files);
    }

    /** A commit author or committer. */
    public record Person(String name, String email, Instant date) {
    }

    /** The first line of the message. */
    public String title() {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
