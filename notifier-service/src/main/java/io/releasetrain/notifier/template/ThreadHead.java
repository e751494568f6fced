package io.releasetrain.notifier.template;

import java.util.ArrayList;
import java.util.List;

/**
 * What the head message of a promotion's, rollout's or rollback's thread shows: what it is, where it stands
 * now, and the links gathered from its events so far. Each event of the thread gives the next state; the head
 * is updated in place with it, e.g. "staging ← master @abc1234: checks passed, merging".
 *
 * @param title  what the thread is about, in mrkdwn, e.g. {@code *staging* ← master `abc1234`}
 * @param status where it stands, in mrkdwn
 * @param links  every link gathered so far, one per label, in the order first seen
 */
public record ThreadHead(String title, String status, List<Link> links) {

    /** Copies the links. */
    public ThreadHead {
        links = List.copyOf(links);
    }

    /** A head with no links yet. */
    public static ThreadHead of(String title, String status) {
        return new ThreadHead(title, status, List.of());
    }

    /** The same head with a new status. */
    public ThreadHead withStatus(String newStatus) {
        return new ThreadHead(title, newStatus, links);
    }

    /** The same head with a new title. */
    public ThreadHead withTitle(String newTitle) {
        return new ThreadHead(newTitle, status, links);
    }

    /** The same head with {@code added} among its links, replacing one of the same label in its place. */
    public ThreadHead withLinks(List<Link> added) {
        List<Link> merged = new ArrayList<>(links);
        for (Link link : added) {
            int same = merged.stream().map(Link::label).toList().indexOf(link.label());
            if (same >= 0) {
                merged.set(same, link);
            } else {
                merged.add(link);
            }
        }
        return new ThreadHead(title, status, merged);
    }

    /** The head message. */
    public Content content() {
        return Content.of(title + ": " + status, links);
    }
}
