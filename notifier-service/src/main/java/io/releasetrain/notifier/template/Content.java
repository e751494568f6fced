package io.releasetrain.notifier.template;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What one Slack message shows: Block Kit blocks, and the plain-text fallback Slack uses in notifications
 * and for clients that cannot show blocks.
 */
public record Content(String text, List<Block> blocks) {

    /** Copies the blocks. */
    public Content {
        blocks = List.copyOf(blocks);
    }

    /** A message of one mrkdwn line and, under it, its links. */
    public static Content of(String line, List<Link> links) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.section(line));
        if (!links.isEmpty()) {
            blocks.add(Block.context(links.stream().map(Mrkdwn::link).collect(Collectors.joining("  ·  "))));
        }
        return new Content(line, blocks);
    }
}
