package io.violet.slack;

import java.util.List;

import com.slack.api.model.block.LayoutBlock;
import org.jspecify.annotations.Nullable;

/**
 * A message's content as a module's {@code slack} package rendered it.
 *
 * @param text the notification and fallback text (mrkdwn, escaped where it quotes users)
 * @param blocks the blocks, may be empty
 * @param threadTs the parent's ts to reply in a thread, or null
 */
public record SlackMessage(String text, List<LayoutBlock> blocks, @Nullable String threadTs) {

	public SlackMessage {
		blocks = List.copyOf(blocks);
	}

	public static SlackMessage of(String text) {
		return new SlackMessage(text, List.of(), null);
	}

	public static SlackMessage of(String text, List<LayoutBlock> blocks) {
		return new SlackMessage(text, blocks, null);
	}

	/**
	 * The same content as a reply in a thread.
	 * @param parentTs the parent's ts
	 * @return the threaded message
	 */
	public SlackMessage inThread(String parentTs) {
		return new SlackMessage(this.text, this.blocks, parentTs);
	}

}
