package io.releasetrain.sandbox.slack;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulated Slack workspace: channels and their messages, threads by {@code thread_ts}, edits in place.
 * Pure and thread-safe. Refusals are {@link SlackError}s carrying Slack's error code.
 */
public final class SlackWorkspace {

    /**
     * A message; {@code edits} counts {@code chat.update}s; {@code metadata} is what the poster attached
     * ({@code event_type} and {@code event_payload}), null when nothing.
     */
    public record Message(String channelId, String ts, String threadTs, String text, Object blocks, Instant postedAt,
            int edits, Object metadata) {
    }

    /** One page of a conversation: its messages and whether more lie beyond the limit. */
    public record Page(List<Message> messages, boolean hasMore) {
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
    public synchronized Message post(String channelReference, String text, Object blocks, String threadTs, Object metadata) {
        if ((text == null || text.isBlank()) && blocks == null) {
            throw new SlackError("no_text");
        }
        Channel channel = channel(channelReference, true);
        List<Message> inChannel = messages.get(channel.id());
        if (threadTs != null && inChannel.stream().noneMatch(m -> m.ts().equals(threadTs))) {
            throw new SlackError("thread_not_found");
        }
        Message message = new Message(channel.id(), nextTs(), threadTs, text, blocks, clock.instant(), 0, metadata);
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
                        blocks != null ? blocks : old.blocks(), old.postedAt(), old.edits() + 1, old.metadata());
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

    /**
     * {@code conversations.history}: the channel's top-level messages from {@code oldest} on (null: all), newest
     * first, at most {@code limit}.
     */
    public synchronized Page history(String channelReference, String oldest, boolean inclusive, int limit) {
        BigDecimal since = since(oldest);
        List<Message> newestFirst = new ArrayList<>(messages.get(channel(channelReference, false).id()).stream()
                .filter(m -> m.threadTs() == null && from(m, since, inclusive)).toList());
        Collections.reverse(newestFirst);
        return page(newestFirst, limit);
    }

    /**
     * {@code conversations.replies}: the thread's head, then its replies from {@code oldest} on, oldest first, at
     * most {@code limit} in all.
     */
    public synchronized Page replies(String channelReference, String threadTs, String oldest, boolean inclusive, int limit) {
        BigDecimal since = since(oldest);
        List<Message> inChannel = messages.get(channel(channelReference, false).id());
        Message head = inChannel.stream().filter(m -> m.ts().equals(threadTs) && m.threadTs() == null).findFirst()
                .orElseThrow(() -> new SlackError("thread_not_found"));
        List<Message> thread = new ArrayList<>();
        thread.add(head);
        inChannel.stream().filter(m -> threadTs.equals(m.threadTs()) && from(m, since, inclusive)).forEach(thread::add);
        return page(thread, limit);
    }

    private static boolean from(Message message, BigDecimal since, boolean inclusive) {
        if (since == null) {
            return true;
        }
        int order = new BigDecimal(message.ts()).compareTo(since);
        return inclusive ? order >= 0 : order > 0;
    }

    /** {@code oldest} as a number of seconds; null when not given. */
    private static BigDecimal since(String oldest) {
        if (oldest == null || oldest.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(oldest);
        } catch (NumberFormatException e) {
            throw new SlackError("invalid_ts_oldest");
        }
    }

    private static Page page(List<Message> messages, int limit) {
        int size = Math.min(messages.size(), limit);
        return new Page(List.copyOf(messages.subList(0, size)), messages.size() > size);
    }

    /** A channel's messages in posting order. */
    public synchronized List<Message> messages(String channelId) {
        return List.copyOf(messages.getOrDefault(channelId, List.of()));
    }
}
