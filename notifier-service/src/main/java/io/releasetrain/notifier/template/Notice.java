package io.releasetrain.notifier.template;

import java.util.List;

/**
 * What to say about one event, before routing decides the channel.
 *
 * @param route       what the event is about, for routing
 * @param environment the environment whose on-call is mentioned when {@code alert}; may be null
 * @param alert       a failure or a halt: the environment's on-call is mentioned
 * @param line        the message, one mrkdwn line
 * @param links       the links the message carries
 * @param threadKey   the thread the event belongs to, e.g. {@code promotion/p-1}; null when it stands alone
 * @param head        with a thread: the head's state after this event; null when the event leaves it as it was
 */
public record Notice(Route route, String environment, boolean alert, String line, List<Link> links,
        String threadKey, ThreadHead head) {

    /** Copies the links. */
    public Notice {
        links = List.copyOf(links);
    }

    /** A message that stands alone. */
    public static Notice standalone(Route route, String environment, String line, List<Link> links) {
        return new Notice(route, environment, false, line, links, null, null);
    }

    /** A message in a thread, with the head's next state (null: unchanged). */
    public static Notice threaded(Route route, String environment, String threadKey, String line,
            List<Link> links, ThreadHead head) {
        return new Notice(route, environment, false, line, links, threadKey, head);
    }

    /** The same notice, mentioning the environment's on-call. */
    public Notice alerting() {
        return new Notice(route, environment, true, line, links, threadKey, head);
    }
}
