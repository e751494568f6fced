package io.releasetrain.sandbox.slack;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A small web page showing the simulated Slack's channels and threads; it reloads itself every few seconds. */
@Path("/slack")
@Tag(name = "Slack")
public class SlackPage {

    private final Slack slack;

    SlackPage(Slack slack) {
        this.slack = slack;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The channels and threads, as a web page")
    public String page() {
        StringBuilder html = new StringBuilder("""
                <!doctype html><html><head><meta charset="utf-8"><meta http-equiv="refresh" content="3">
                <title>Sandbox Slack</title><style>
                body{font-family:system-ui,sans-serif;margin:2em;background:#f8f8f8}
                section{background:#fff;border-radius:8px;padding:1em 1.5em;margin-bottom:1.5em;box-shadow:0 1px 3px #0002}
                .msg{margin:.6em 0;white-space:pre-wrap}.ts{color:#888;font-size:.8em;margin-right:.6em}
                .reply{margin-left:2.5em;border-left:3px solid #ddd;padding-left:.8em}.edited{color:#888;font-size:.8em}
                </style></head><body><h1>Sandbox Slack</h1>
                """);
        for (Map<String, Object> channel : slack.transcript()) {
            html.append("<section><h2>#").append(escape(channel.get("name"))).append("</h2>");
            List<?> messages = (List<?>) channel.get("messages");
            if (messages.isEmpty()) {
                html.append("<p class=\"ts\">no messages yet</p>");
            }
            for (Object item : messages) {
                Map<?, ?> message = (Map<?, ?>) item;
                line(html, message, "msg");
                for (Object reply : (List<?>) message.get("replies")) {
                    line(html, (Map<?, ?>) reply, "msg reply");
                }
            }
            html.append("</section>");
        }
        return html.append("</body></html>").toString();
    }

    private static void line(StringBuilder html, Map<?, ?> message, String css) {
        html.append("<div class=\"").append(css).append("\"><span class=\"ts\">").append(escape(message.get("postedAt")))
                .append("</span>").append(escape(message.get("text")));
        if ((Integer) message.get("edits") > 0) {
            html.append(" <span class=\"edited\">(edited)</span>");
        }
        html.append("</div>");
    }

    static String escape(Object value) {
        return String.valueOf(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
