package io.releasetrain.sandbox.slack;

import static io.releasetrain.sandbox.json.Json.object;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.releasetrain.sandbox.SandboxConfig;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Slack's Web API methods the notifier uses, answered as Slack does: HTTP 200 with {@code ok} and what was asked
 * for, or an {@code error} code ({@code not_authed}, {@code invalid_auth}, {@code channel_not_found},
 * {@code no_text}, {@code message_not_found}, {@code thread_not_found}, {@code invalid_ts_oldest},
 * {@code invalid_cursor}). Posting: {@code chat.postMessage}, {@code chat.update}. Looking (the notifier looks
 * for a message whose answer it lost before posting it again, and for a channel's id by its name):
 * {@code conversations.history}, {@code conversations.replies}, {@code conversations.list}.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Slack")
public class SlackResource {

    private final Slack slack;
    private final SandboxConfig.Slack config;

    SlackResource(Slack slack, SandboxConfig config) {
        this.slack = slack;
        this.config = config.slack();
    }

    /** Slack's most messages or channels in one answer. */
    static final int MAX_LIMIT = 999;

    /** The JSON body of {@code chat.postMessage} and {@code chat.update}. */
    public record ChatRequest(String channel, String text, Object blocks, @JsonProperty("thread_ts") String threadTs,
            String ts, Object metadata) {

        static final ChatRequest EMPTY = new ChatRequest(null, null, null, null, null, null);
    }

    @POST
    @Path("/chat.postMessage")
    @Operation(summary = "Post a message to a channel, or into a thread with thread_ts")
    public Map<String, Object> postMessage(@HeaderParam("Authorization") String authorization, ChatRequest request) {
        ChatRequest body = request == null ? ChatRequest.EMPTY : request;
        return answer(authorization, () -> {
            SlackWorkspace.Message message = slack.workspace().post(body.channel(), body.text(), body.blocks(),
                    body.threadTs(), body.metadata());
            return object("ok", true, "channel", message.channelId(), "ts", message.ts(), "message", json(message, false));
        });
    }

    @POST
    @Path("/chat.update")
    @Operation(summary = "Update a message in place (channel and ts)")
    public Map<String, Object> update(@HeaderParam("Authorization") String authorization, ChatRequest request) {
        ChatRequest body = request == null ? ChatRequest.EMPTY : request;
        return answer(authorization, () -> {
            if (body.ts() == null) {
                throw new SlackWorkspace.SlackError("message_not_found");
            }
            SlackWorkspace.Message message = slack.workspace().update(body.channel(), body.ts(), body.text(), body.blocks());
            return object("ok", true, "channel", message.channelId(), "ts", message.ts(), "text", message.text(),
                    "message", json(message, false));
        });
    }

    @GET
    @Path("/conversations.history")
    @Operation(summary = "A channel's top-level messages from oldest on, newest first; metadata with include_all_metadata")
    public Map<String, Object> history(@HeaderParam("Authorization") String authorization,
            @QueryParam("channel") String channel, @QueryParam("oldest") String oldest,
            @QueryParam("inclusive") boolean inclusive, @QueryParam("limit") @DefaultValue("100") int limit,
            @QueryParam("include_all_metadata") boolean withMetadata) {
        return answer(authorization,
                () -> page(slack.workspace().history(channel, oldest, inclusive, limit(limit)), withMetadata));
    }

    @GET
    @Path("/conversations.replies")
    @Operation(summary = "A thread: its head, then its replies from oldest on; metadata with include_all_metadata")
    public Map<String, Object> replies(@HeaderParam("Authorization") String authorization,
            @QueryParam("channel") String channel, @QueryParam("ts") String threadTs, @QueryParam("oldest") String oldest,
            @QueryParam("inclusive") boolean inclusive, @QueryParam("limit") @DefaultValue("1000") int limit,
            @QueryParam("include_all_metadata") boolean withMetadata) {
        return answer(authorization, () -> {
            if (threadTs == null || threadTs.isBlank()) {
                throw new SlackWorkspace.SlackError("thread_not_found");
            }
            return page(slack.workspace().replies(channel, threadTs, oldest, inclusive, limit(limit)), withMetadata);
        });
    }

    @GET
    @Path("/conversations.list")
    @Operation(summary = "The workspace's channels, a page at a time (limit, cursor)")
    public Map<String, Object> channels(@HeaderParam("Authorization") String authorization,
            @QueryParam("limit") @DefaultValue("100") int limit, @QueryParam("cursor") String cursor) {
        return answer(authorization, () -> {
            List<SlackWorkspace.Channel> all = slack.workspace().channels();
            int from = offset(cursor);
            int to = Math.min(all.size(), from + limit(limit));
            List<Map<String, Object>> page = all.subList(Math.min(from, to), to).stream()
                    .map(c -> object("id", c.id(), "name", c.name(), "is_channel", true, "is_private", false,
                            "is_archived", false))
                    .toList();
            return object("ok", true, "channels", page, "response_metadata",
                    object("next_cursor", to < all.size() ? cursorAt(to) : ""));
        });
    }

    /** Slack's way: the token first, then the method; every refusal is {@code ok: false} with its code. */
    private Map<String, Object> answer(String authorization, Supplier<Map<String, Object>> method) {
        String refusal = authError(authorization);
        if (refusal != null) {
            return error(refusal);
        }
        try {
            return method.get();
        } catch (SlackWorkspace.SlackError e) {
            return error(e.getMessage());
        }
    }

    private static Map<String, Object> page(SlackWorkspace.Page page, boolean withMetadata) {
        return object("ok", true, "messages", page.messages().stream().map(m -> json(m, withMetadata)).toList(),
                "has_more", page.hasMore(), "response_metadata", object("next_cursor", ""));
    }

    /** Slack clamps a limit it finds too large and takes one below 1 as its default. */
    private static int limit(int requested) {
        return requested < 1 ? 100 : Math.min(requested, MAX_LIMIT);
    }

    /** Cursors are opaque to callers, as Slack's are: here, the position of the next channel. */
    static String cursorAt(int offset) {
        return Base64.getEncoder().encodeToString(("channel:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith("channel:")) {
                int offset = Integer.parseInt(decoded.substring("channel:".length()));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // NumberFormatException too: an invalid cursor, as below
        }
        throw new SlackWorkspace.SlackError("invalid_cursor");
    }

    private String authError(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ") || authorization.length() <= 7) {
            return "not_authed";
        }
        List<String> tokens = config.tokens().orElse(List.of());
        return tokens.isEmpty() || tokens.contains(authorization.substring(7)) ? null : "invalid_auth";
    }

    private static Map<String, Object> json(SlackWorkspace.Message message, boolean withMetadata) {
        Map<String, Object> json = object("type", "message", "subtype", "bot_message", "text", message.text(),
                "ts", message.ts(), "username", "Release Train", "bot_id", "B00000001");
        if (message.threadTs() != null) {
            json.put("thread_ts", message.threadTs());
        }
        if (message.blocks() != null) {
            json.put("blocks", message.blocks());
        }
        if (withMetadata && message.metadata() != null) {
            json.put("metadata", message.metadata());
        }
        return json;
    }

    private static Map<String, Object> error(String code) {
        return object("ok", false, "error", code);
    }
}
