package io.releasetrain.notifier.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import io.releasetrain.events.EventCatalog;
import io.releasetrain.events.EventJson;
import io.releasetrain.events.ReleaseTrainEvent;
import io.releasetrain.messaging.CloudEventHeaders;
import io.releasetrain.messaging.inbox.EventEnvelope;
import io.releasetrain.messaging.inbox.Inbox;
import io.releasetrain.notifier.routing.Routing;
import io.releasetrain.notifier.template.Content;
import io.releasetrain.notifier.template.Notice;
import io.releasetrain.notifier.template.Templates;
import io.releasetrain.notifier.template.ThreadHead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletionStage;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Turns every event of {@code release-events}, {@code ppc-events} and {@code maintenance-events} into the
 * Slack messages it causes, written as pending rows in the same transaction as the event's inbox record: an
 * event is announced once, and a message once owed is never lost. The first event of a promotion, rollout or
 * rollback posts its thread's head; later ones reply in the thread and update the head in place.
 */
@ApplicationScoped
public class Announcements {

    static final String RELEASES = "notifier.release-events";
    static final String FLEET = "notifier.ppc-events";
    static final String MAINTENANCE = "notifier.maintenance-events";

    private final Inbox inbox;
    private final Templates templates;
    private final Routing routing;
    private final ObjectMapper json;
    private final Clock clock;
    private final SlackSender sender;
    private final TransactionSynchronizationRegistry transactions;
    /**
     * Up to this many events are announced at once, each thread's in order (see {@link Lanes}). Each holds a
     * database connection: with the sender's (two per sending thread) they stay within the pool's default 20.
     */
    private final Lanes lanes = new Lanes(8);

    Announcements(Inbox inbox, Templates templates, Routing routing, ObjectMapper json, Clock clock,
            SlackSender sender, TransactionSynchronizationRegistry transactions) {
        this.inbox = inbox;
        this.templates = templates;
        this.routing = routing;
        this.json = json;
        this.clock = clock;
        this.sender = sender;
        this.transactions = transactions;
    }

    @Incoming("release-events")
    public CompletionStage<Void> onRelease(Message<String> message) {
        return lanes.submit(lane(message), () -> inbox.deliver(RELEASES, message, this::announce));
    }

    @Incoming("ppc-events")
    public CompletionStage<Void> onFleet(Message<String> message) {
        return lanes.submit(lane(message), () -> inbox.deliver(FLEET, message, this::announce));
    }

    @Incoming("maintenance-events")
    public CompletionStage<Void> onMaintenance(Message<String> message) {
        return lanes.submit(lane(message), () -> inbox.deliver(MAINTENANCE, message, this::announce));
    }

    /**
     * The lane an event is announced in: its thread's, so that a thread's events keep their order; for an event
     * of no thread (or one that cannot be read: the inbox deals with it) its record key's, the order Kafka keeps.
     */
    private String lane(Message<String> message) {
        var metadata = message.getMetadata(IncomingKafkaRecordMetadata.class);
        String key = metadata.map(m -> String.valueOf(m.getKey())).orElse("");
        try {
            String type = metadata.flatMap(m -> CloudEventHeaders.read(m.getHeaders(), CloudEventHeaders.TYPE))
                    .orElse(null);
            if (type != null && EventCatalog.byName(type).isPresent() && message.getPayload() != null) {
                ReleaseTrainEvent event = EventJson.read(type, message.getPayload());
                if (templates.announces(event)) {
                    return templates.thread(event).map(thread -> "thread:" + thread).orElse("key:" + key);
                }
            }
        } catch (RuntimeException unreadable) {
            // the inbox sends it to the dead-letter topic, in its key's lane
        }
        return "key:" + key;
    }

    /** Writes the messages an event causes; runs inside the inbox's transaction. */
    void announce(EventEnvelope<ReleaseTrainEvent> envelope) {
        ReleaseTrainEvent event = envelope.event();
        if (!templates.announces(event)) {
            return; // scm-events and ci-events are not consumed; nothing else is skipped
        }
        String threadKey = templates.thread(event).orElse(null);
        MessageThread thread = threadKey == null ? null : lockThread(threadKey);
        Notice notice = templates.render(event, thread == null ? null : read(thread.headState));
        if (threadKey == null) {
            queue(envelope, OutgoingMessage.Action.POST, routing.channel(notice, envelope.type()), null, false,
                    routing.content(notice));
        } else if (thread == null) {
            open(envelope, threadKey, notice);
        } else {
            queue(envelope, OutgoingMessage.Action.POST, thread.channel, threadKey, false, routing.content(notice));
            if (notice.head() != null) {
                queue(envelope, OutgoingMessage.Action.UPDATE, thread.channel, threadKey, false,
                        notice.head().content());
                thread.headState = write(notice.head());
                thread.updatedAt = clock.instant();
            }
        }
        wakeSenderAfterCommit();
    }

    /** The thread's first event posts its head, mentioning on-call when the event is a failure. */
    private void open(EventEnvelope<ReleaseTrainEvent> envelope, String threadKey, Notice notice) {
        ThreadHead head = notice.head() != null ? notice.head() : ThreadHead.of(notice.line(), "");
        String channel = routing.channel(notice, envelope.type());
        Content content = head.content();
        String mention = routing.mention(notice).map(handle -> handle + " ").orElse("");
        if (!mention.isEmpty()) {
            content = Content.of(mention + head.title() + ": " + head.status(), head.links());
        }
        OutgoingMessage message = queue(envelope, OutgoingMessage.Action.POST, channel, threadKey, true, content);
        MessageThread thread = new MessageThread();
        thread.threadKey = threadKey;
        thread.channel = channel;
        thread.headMessageId = message.id;
        thread.headState = write(head);
        thread.createdAt = clock.instant();
        thread.updatedAt = thread.createdAt;
        thread.persist();
    }

    /**
     * The thread's row, locked so that events of one rollout read on different partitions (its PPC updates are
     * keyed by cloud id) change its head one after the other. Native SQL: Hibernate's lock renders
     * {@code FOR UPDATE OF alias}, which MariaDB rejects.
     */
    private static MessageThread lockThread(String threadKey) {
        List<?> locked = Panache.getEntityManager()
                .createNativeQuery("SELECT * FROM slack_thread WHERE thread_key = ?1 FOR UPDATE", MessageThread.class)
                .setParameter(1, threadKey)
                .getResultList();
        return locked.isEmpty() ? null : (MessageThread) locked.get(0);
    }

    private OutgoingMessage queue(EventEnvelope<?> envelope, OutgoingMessage.Action action, String channel,
            String threadKey, boolean threadHead, Content content) {
        OutgoingMessage message = new OutgoingMessage();
        message.eventId = envelope.id();
        message.eventType = envelope.type();
        message.action = action;
        message.channel = channel;
        message.threadKey = threadKey;
        message.threadHead = threadHead;
        message.text = content.text();
        message.blocks = write(content.blocks());
        message.status = OutgoingMessage.Status.PENDING;
        message.createdAt = clock.instant();
        message.nextAttemptMs = message.createdAt.toEpochMilli();
        message.persistAndFlush();
        SlackChannel.ensure(channel);
        return message;
    }

    private void wakeSenderAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                sender.wake();
            }
        });
    }

    private ThreadHead read(String state) {
        try {
            return json.readValue(state, ThreadHead.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable thread head state", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
