package io.releasetrain.sandbox.slack;

import static io.releasetrain.sandbox.json.Json.object;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.releasetrain.sandbox.SandboxConfig;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Slack's Web API methods the notifier uses, answered as Slack does: HTTP 200 with {@code ok} and either the
 * message's {@code channel} and {@code ts} or an {@code error} code ({@code not_authed}, {@code invalid_auth},
 * {@code channel_not_found}, {@code no_text}, {@code message_not_found}, {@code thread_not_found}).
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

    /** The JSON body of {@code chat.postMessage} and {@code chat.update}. */
    public record ChatRequest(String channel, String text, Object blocks, @JsonProperty("thread_ts") String threadTs,
            String ts) {
    }

    @POST
    @Path("/chat.postMessage")
    @Operation(summary = "Post a message to a channel, or into a thread with thread_ts")
    public Map<String, Object> postMessage(@HeaderParam("Authorization") String authorization, ChatRequest request) {
        return answer(authorization, request, body -> {
            SlackWorkspace.Message message = slack.workspace().post(body.channel(), body.text(), body.blocks(), body.threadTs());
            return object("ok", true, "channel", message.channelId(), "ts", message.ts(), "message", json(message));
        });
    }

    @POST
    @Path("/chat.update")
    @Operation(summary = "Update a message in place (channel and ts)")
    public Map<String, Object> update(@HeaderParam("Authorization") String authorization, ChatRequest request) {
        return answer(authorization, request, body -> {
            if (body.ts() == null) {
                throw new SlackWorkspace.SlackError("message_not_found");
            }
            SlackWorkspace.Message message = slack.workspace().update(body.channel(), body.ts(), body.text(), body.blocks());
            return object("ok", true, "channel", message.channelId(), "ts", message.ts(), "text", message.text(),
                    "message", json(message));
        });
    }

    /** Slack's way: the token first, then the method; every refusal is {@code ok: false} with its code. */
    private Map<String, Object> answer(String authorization, ChatRequest request,
            Function<ChatRequest, Map<String, Object>> method) {
        String refusal = authError(authorization);
        if (refusal != null) {
            return error(refusal);
        }
        try {
            return method.apply(request == null ? new ChatRequest(null, null, null, null, null) : request);
        } catch (SlackWorkspace.SlackError e) {
            return error(e.getMessage());
        }
    }

    private String authError(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ") || authorization.length() <= 7) {
            return "not_authed";
        }
        List<String> tokens = config.tokens().orElse(List.of());
        return tokens.isEmpty() || tokens.contains(authorization.substring(7)) ? null : "invalid_auth";
    }

    private static Map<String, Object> json(SlackWorkspace.Message message) {
        Map<String, Object> json = object("type", "message", "subtype", "bot_message", "text", message.text(),
                "ts", message.ts(), "username", "Release Train", "bot_id", "B00000001");
        if (message.threadTs() != null) {
            json.put("thread_ts", message.threadTs());
        }
        if (message.blocks() != null) {
            json.put("blocks", message.blocks());
        }
        return json;
    }

    private static Map<String, Object> error(String code) {
        return object("ok", false, "error", code);
    }
}
