package io.releasetrain.notifier.template;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One Block Kit block, in the shape Slack's {@code blocks} argument takes: a {@code section} with a mrkdwn
 * text, or a {@code context} with mrkdwn elements.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Block(String type, Text text, List<Text> elements) {

    /** A section showing {@code mrkdwn}. */
    public static Block section(String mrkdwn) {
        return new Block("section", Text.mrkdwn(mrkdwn), null);
    }

    /** A context line showing {@code mrkdwn}, in small grey type. */
    public static Block context(String mrkdwn) {
        return new Block("context", null, List.of(Text.mrkdwn(mrkdwn)));
    }

    /** A Block Kit text object. */
    public record Text(String type, String text) {

        static Text mrkdwn(String text) {
            return new Text("mrkdwn", text);
        }
    }
}
