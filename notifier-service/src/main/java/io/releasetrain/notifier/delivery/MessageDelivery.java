package io.releasetrain.notifier.delivery;

import io.releasetrain.messaging.remote.RemoteException;
import io.releasetrain.messaging.remote.RemoteRateLimitedException;
import io.releasetrain.messaging.remote.RemoteRejectedException;
import io.releasetrain.notifier.NotifierConfig;
import io.releasetrain.notifier.slack.SlackClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * One attempt at one message, inside the transaction that holds its channel's lock: resolves its thread,
 * makes sure an earlier attempt that may have reached Slack did not (looking for it first), calls Slack, and
 * records the outcome on the row.
 */
@ApplicationScoped
class MessageDelivery {

    private static final Logger LOG = Logger.getLogger(MessageDelivery.class);
    /** Slack's clocks and ours may differ; look this much further back for a message that may have been posted. */
    private static final Duration LOOK_BACK_MARGIN = Duration.ofMinutes(5);
    private static final Pattern CHANNEL_ID = Pattern.compile("[CGD][A-Z0-9]{6,}");
    private static final int MAX_ERROR = 500;

    private final SlackClient slack;
    private final NotifierConfig config;
    private final Clock clock;

    MessageDelivery(SlackClient slack, NotifierConfig config, Clock clock) {
        this.slack = slack;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Delivers the locked channel's oldest due messages in order, stopping at the first that cannot go now, and
     * records what happened. With the rate limit on the batch is one message. The attempt marks of the batch's
     * posts share one commit, and so do Slack's answers; a mark left on a message the batch did not reach only
     * costs that message a look in the history before it is posted.
     */
    Step deliver(List<OutgoingMessage> batch, SlackChannel.Locked channel) {
        Map<Long, Long> doubtBefore = new HashMap<>();
        batch.forEach(message -> doubtBefore.put(message.id, message.inDoubtMs));
        AttemptMarks.markInDoubt(clock.millis(), batch.stream()
                .filter(m -> m.action == OutgoingMessage.Action.POST && m.slackTs == null).toList());
        List<OutgoingMessage> answered = new ArrayList<>();
        Step step = Step.IDLE;
        try {
            for (int i = 0; i < batch.size(); i++) {
                OutgoingMessage message = batch.get(i);
                if (supersededInBatch(batch, i)) {
                    step = skip(message, "superseded by a later update of the thread head");
                    continue;
                }
                step = deliver(message, channel, doubtBefore.get(message.id), answered);
                if (!step.goOn()) {
                    break;
                }
            }
        } finally {
            AttemptMarks.recordAnswers(answered);
        }
        return step;
    }

    /** A head update followed, in the same batch, by a later update of the same head: no need to look further. */
    private static boolean supersededInBatch(List<OutgoingMessage> batch, int index) {
        OutgoingMessage message = batch.get(index);
        if (message.action != OutgoingMessage.Action.UPDATE) {
            return false;
        }
        for (int later = index + 1; later < batch.size(); later++) {
            OutgoingMessage next = batch.get(later);
            if (next.action == OutgoingMessage.Action.UPDATE && message.threadKey.equals(next.threadKey)) {
                return true;
            }
        }
        return false;
    }

    private Step deliver(OutgoingMessage message, SlackChannel.Locked channel, Long inDoubtBefore,
            List<OutgoingMessage> answered) {
        try {
            return message.action == OutgoingMessage.Action.UPDATE ? update(message, channel)
                    : post(message, channel, inDoubtBefore, answered);
        } catch (RemoteRateLimitedException e) {
            long retryAt = e.retryAt().toEpochMilli();
            failed(message, e, retryAt);
            message.inDoubtMs = null; // a 429 means Slack did not take it
            SlackChannel.schedule(channel.channel(), retryAt, null);
            return Step.RETRY;
        } catch (RemoteRejectedException e) {
            message.status = OutgoingMessage.Status.DEAD;
            message.attempts++;
            message.inDoubtMs = null;
            message.lastError = truncate(SlackClient.reason(e));
            LOG.warnf("Slack refused message %d (event %s) for %s: %s", message.id, message.eventId, message.channel,
                    message.lastError);
            spaceOut(channel, null);
            return Step.DEAD;
        } catch (RemoteException e) {
            long backoff = backoff(message.attempts + 1).toMillis();
            failed(message, e, clock.millis() + backoff);
            LOG.infof("Slack unavailable for message %d to %s (attempt %d), next try in %d ms: %s", message.id,
                    message.channel, message.attempts, backoff, e.getMessage());
            return Step.RETRY;
        }
    }

    private Step update(OutgoingMessage message, SlackChannel.Locked channel) {
        long newer = OutgoingMessage.count("threadKey = ?1 and action = ?2 and status = ?3 and id > ?4",
                message.threadKey, OutgoingMessage.Action.UPDATE, OutgoingMessage.Status.PENDING, message.id);
        if (newer > 0) {
            return skip(message, "superseded by a later update of the thread head");
        }
        MessageThread thread = MessageThread.findById(message.threadKey);
        if (thread == null || thread.slackTs == null) {
            return skip(message, "the thread head was not posted");
        }
        slack.update(thread.slackChannel, thread.slackTs, message.text, message.blocks);
        sent(message, new SlackClient.Posted(thread.slackChannel, thread.slackTs));
        spaceOut(channel, null);
        return Step.SENT;
    }

    private Step post(OutgoingMessage message, SlackChannel.Locked channel, Long inDoubtBefore,
            List<OutgoingMessage> answered) {
        String threadTs = null;
        if (message.threadKey != null && !message.threadHead) {
            MessageThread thread = MessageThread.findById(message.threadKey);
            threadTs = thread == null ? null : thread.slackTs; // head dead: the reply stands alone
        }
        if (message.slackTs != null) {
            // An earlier attempt got Slack's answer and recorded it, but its transaction did not commit.
            posted(message, new SlackClient.Posted(message.slackChannel, message.slackTs));
            return Step.SKIPPED;
        }
        String key = key(message);
        Optional<SlackClient.Posted> earlier = earlierAttempt(message, inDoubtBefore, channel, threadTs, key);
        if (earlier.isPresent()) {
            LOG.infof("Message %d had reached Slack before its answer was lost; not posted again", message.id);
            posted(message, earlier.get());
            return Step.SKIPPED;
        }
        SlackClient.Posted posted = slack.post(message.channel, threadTs, message.text, message.blocks, key);
        posted(message, posted);
        answered.add(message);
        spaceOut(channel, posted.channelId());
        return Step.SENT;
    }

    /** The message as an earlier attempt posted it, when one may have and Slack's history says it did. */
    private Optional<SlackClient.Posted> earlierAttempt(OutgoingMessage message, Long inDoubtBefore,
            SlackChannel.Locked channel, String threadTs, String key) {
        if (inDoubtBefore == null || !config.slack().checkBeforeRepost()) {
            return Optional.empty();
        }
        String channelId = channelId(message, channel);
        if (channelId == null) {
            LOG.warnf("Message %d may have reached Slack, but the id of %s is not known to look; posting it again",
                    message.id, message.channel);
            return Optional.empty();
        }
        Instant since = Instant.ofEpochMilli(inDoubtBefore).minus(LOOK_BACK_MARGIN);
        try {
            return slack.find(channelId, threadTs, key, since);
        } catch (RemoteRejectedException e) {
            LOG.warnf("Cannot look for message %d in %s (%s); posting it again", message.id, message.channel,
                    SlackClient.reason(e));
            return Optional.empty();
        }
    }

    /**
     * The Slack id of the message's channel, which the history lookup needs: a channel configured by name is
     * known by its id only once Slack answered a post to it, and the message in doubt may be the first one (its
     * answer lost), so the name is looked up then, and the id kept on the channel's row.
     */
    private String channelId(OutgoingMessage message, SlackChannel.Locked channel) {
        if (channel.slackChannel() != null) {
            return channel.slackChannel();
        }
        if (CHANNEL_ID.matcher(message.channel).matches()) {
            return message.channel;
        }
        MessageThread thread = message.threadKey == null ? null : MessageThread.findById(message.threadKey);
        if (thread != null && thread.slackChannel != null) {
            return thread.slackChannel;
        }
        try {
            Optional<String> found = slack.channelId(message.channel);
            found.ifPresent(id -> SlackChannel.schedule(channel.channel(), channel.notBeforeMs(), id));
            return found.orElse(null);
        } catch (RemoteRejectedException e) {
            LOG.warnf("Cannot look up the id of %s (%s)", message.channel, SlackClient.reason(e));
            return null;
        }
    }

    private void posted(OutgoingMessage message, SlackClient.Posted posted) {
        sent(message, posted);
        if (message.threadHead) {
            MessageThread thread = MessageThread.findById(message.threadKey);
            if (thread != null) {
                thread.slackChannel = posted.channelId();
                thread.slackTs = posted.ts();
                thread.updatedAt = clock.instant();
            }
        }
    }

    private void sent(OutgoingMessage message, SlackClient.Posted posted) {
        message.status = OutgoingMessage.Status.SENT;
        message.attempts++;
        message.inDoubtMs = null;
        message.slackChannel = posted.channelId();
        message.slackTs = posted.ts();
        message.sentAt = clock.instant();
    }

    private Step skip(OutgoingMessage message, String why) {
        message.status = OutgoingMessage.Status.SKIPPED;
        message.lastError = why;
        return Step.SKIPPED;
    }

    private void failed(OutgoingMessage message, RemoteException e, long nextAttemptMs) {
        message.attempts++;
        message.lastError = truncate(SlackClient.reason(e));
        message.nextAttemptMs = nextAttemptMs;
    }

    /** After a call: the channel's next message waits the configured interval. */
    private void spaceOut(SlackChannel.Locked channel, String slackChannel) {
        long interval = config.sender().minInterval().toMillis();
        if (interval > 0 || slackChannel != null && !slackChannel.equals(channel.slackChannel())) {
            SlackChannel.schedule(channel.channel(), clock.millis() + interval, slackChannel);
        }
    }

    private Duration backoff(int attempt) {
        Duration max = config.sender().maxBackoff();
        Duration wait = config.sender().backoff().multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(max) > 0 ? max : wait;
    }

    /** Names the message in Slack's metadata, to find it again: unique per message row. */
    static String key(OutgoingMessage message) {
        return message.id + "/" + message.eventId;
    }

    private static String truncate(String text) {
        return text == null || text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
    }
}
