package io.releasetrain.sandbox.slack;

import static io.releasetrain.sandbox.json.Json.object;

import io.releasetrain.sandbox.SandboxConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The simulated Slack workspace as a bean, and its transcript: channels, their top-level messages and threads. */
@ApplicationScoped
public class Slack {

    private final SlackWorkspace workspace;

    Slack(SandboxConfig config, Clock clock) {
        this.workspace = new SlackWorkspace(clock, config.slack().channels(), config.slack().createChannels());
    }

    public SlackWorkspace workspace() {
        return workspace;
    }

    /** Every channel with its messages in order, each top-level message with its replies. */
    public List<Map<String, Object>> transcript() {
        List<Map<String, Object>> channels = new ArrayList<>();
        for (SlackWorkspace.Channel channel : workspace.channels()) {
            List<SlackWorkspace.Message> messages = workspace.messages(channel.id());
            List<Map<String, Object>> top = new ArrayList<>();
            for (SlackWorkspace.Message message : messages) {
                if (message.threadTs() == null) {
                    List<Map<String, Object>> replies = messages.stream().filter(m -> message.ts().equals(m.threadTs()))
                            .map(Slack::line).toList();
                    Map<String, Object> line = line(message);
                    line.put("replies", replies);
                    top.add(line);
                }
            }
            channels.add(object("id", channel.id(), "name", channel.name(), "messages", top));
        }
        return channels;
    }

    private static Map<String, Object> line(SlackWorkspace.Message message) {
        return object("ts", message.ts(), "text", message.text(), "edits", message.edits(), "postedAt", message.postedAt().toString());
    }

    /** The transcript as plain text, one line a message, replies indented. */
    public String transcriptText() {
        StringBuilder text = new StringBuilder();
        for (Map<String, Object> channel : transcript()) {
            text.append('#').append(channel.get("name")).append('\n');
            for (Object item : (List<?>) channel.get("messages")) {
                Map<?, ?> message = (Map<?, ?>) item;
                text.append("  ").append(oneLine(message)).append('\n');
                for (Object reply : (List<?>) message.get("replies")) {
                    text.append("      ↳ ").append(oneLine((Map<?, ?>) reply)).append('\n');
                }
            }
        }
        return text.toString();
    }

    private static String oneLine(Map<?, ?> message) {
        int edits = (Integer) message.get("edits");
        return String.valueOf(message.get("text")).replace('\n', ' ') + (edits > 0 ? "  (edited " + edits + "×)" : "");
    }
}
