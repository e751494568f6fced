package io.releasetrain.events;

/**
 * Kafka topic names of the release train. Which event goes to which topic is decided by
 * {@link EventCatalog}; this class only names them.
 */
public final class Topics {

    /** Pushes, pull requests, commit statuses and checks, keyed by {@code repository/branch}. */
    public static final String SCM_EVENTS = "scm-events";

    /** CI builds started and finished, keyed by {@code repository/branch}. */
    public static final String CI_EVENTS = "ci-events";

    /** Promotions, deployments, rollbacks and freezes, keyed by target environment. */
    public static final String RELEASE_EVENTS = "release-events";

    /** The PPC fleet, PPC updates and customer rollouts, keyed by cloud id or rollout id. */
    public static final String PPC_EVENTS = "ppc-events";

    /** PPC flags and maintenance windows, keyed by cloud id or window id. */
    public static final String MAINTENANCE_EVENTS = "maintenance-events";

    /** Appended to a topic name to name the topic its unprocessable records are parked in. */
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }

    /**
     * The dead-letter topic of a topic, e.g. {@code ppc-events.dlq} for {@code ppc-events}.
     *
     * @throws IllegalArgumentException if {@code topic} is null or blank, or is already a dead-letter topic
     */
    public static String deadLetterTopic(String topic) {
        Require.text(topic, "topic");
        if (topic.endsWith(DEAD_LETTER_SUFFIX)) {
            throw new IllegalArgumentException("topic is already a dead-letter topic: " + topic);
        }
        return topic + DEAD_LETTER_SUFFIX;
    }
}
