package io.releasetrain.sandbox.slack;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulated Slack workspace: channels and their messages, threads by {@code thread_ts}, edits in place.
 * Pure and thread-safe. Refusals are {@link SlackError}s carrying Slack's error code.
 */
public final class SlackWorkspace {

    /** A message; {@code edits} counts {@code chat.update}s. */
    public record Message(String channelId, String ts, String threadTs, String text, Object blocks, Instant postedAt,
            int edits) {
    }

    /** A channel with its id and name. */
    public record Channel(String id, String name) {
    }

    /** Slack's {@code ok: false} answer. */
    public static final class SlackError extends RuntimeException {
        public SlackError(String error) {
            super(error);
        }
    }

    private final Clock clock;
    private final boolean createChannels;
    private final Map<String, Channel> channelsById = new LinkedHashMap<>();
    private final Map<String, List<Message>> messages = new LinkedHashMap<>();
    private long lastMicros;

    public SlackWorkspace(Clock clock, List<String> channels, boolean createChannels) {
        this.clock = clock;
        this.createChannels = createChannels;
        channels.forEach(this::create);
    }

    private Channel create(String name) {
        Channel channel = new Channel(String.format("C%08d", channelsById.size() + 1), name);
        channelsById.put(channel.id(), channel);
        messages.put(channel.id(), new ArrayList<>());
        return channel;
    }

    /** The channel by id, {@code #name} or name; created on first use when allowed. */
    private Channel channel(String reference, boolean mayCreate) {
        if (reference == null || reference.isBlank()) {
            throw new SlackError("channel_not_found");
        }
        String name = reference.startsWith("#") ? reference.substring(1) : reference;
        Channel found = channelsById.get(reference);
        if (found == null) {
            found = channelsById.values().stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
        }
        if (found == null && mayCreate && createChannels && name.matches("[a-z0-9_-]{1,80}")) {
            found = create(name);
        }
        if (found == null) {
            throw new SlackError("channel_not_found");
        }
        return found;
    }

    /** A unique {@code ts}: epoch seconds with six digits of microseconds, increasing. */
    private String nextTs() {
        Instant now = clock.instant();
        long micros = Math.max(now.getEpochSecond() * 1_000_000 + now.getNano() / 1000, lastMicros + 1);
        lastMicros = micros;
        return String.format("%d.%06d", micros / 1_000_000, micros % 1_000_000);
    }

    /** {@code chat.postMessage}. */
    public synchronized Message post(String channelReference, String text, Object blocks, String threadTs) {
        if ((text == null || text.isBlank()) && blocks == null) {
            throw new SlackError("no_text");
        }
        Channel channel = channel(channelReference, true);
        List<Message> inChannel = messages.get(channel.id());
        if (threadTs != null && inChannel.stream().noneMatch(m -> m.ts().equals(threadTs))) {
            throw new SlackError("thread_not_found");
        }
        Message message = new Message(channel.id(), nextTs(), threadTs, text, blocks, clock.instant(), 0);
        inChannel.add(message);
        return message;
    }

    /** {@code chat.update}: replaces text and blocks of an existing message. */
    public synchronized Message update(String channelReference, String ts, String text, Object blocks) {
        Channel channel = channel(channelReference, false);
        List<Message> inChannel = messages.get(channel.id());
        for (int i = 0; i < inChannel.size(); i++) {
            Message old = inChannel.get(i);
            if (old.ts().equals(ts)) {
                Message updated = new Message(old.channelId(), ts, old.threadTs(), text != null ? text : old.text(),
                        blocks != null ? blocks : old.blocks(), old.postedAt(), old.edits() + 1);
                inChannel.set(i, updated);
                return updated;
            }
        }
        throw new SlackError("message_not_found");
    }

    public synchronized List<Channel> channels() {
        return List.copyOf(channelsById.values());
    }

    public synchronized Optional<Channel> find(String reference) {
        try {
            return Optional.of(channel(reference, false));
        } catch (SlackError e) {
            return Optional.empty();
        }
    }

    /** A channel's messages in posting order. */
    public synchronized List<Message> messages(String channelId) {
        return List.copyOf(messages.getOrDefault(channelId, List.of()));
    }
}
