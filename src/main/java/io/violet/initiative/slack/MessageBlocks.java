package io.violet.initiative.slack;

import java.util.List;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import io.violet.initiative.ThreadMessage;
import io.violet.slack.Mrkdwn;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

/**
 * Turns a {@link ThreadMessage} into Block Kit: a section with the text and the buttons
 * under it. Text longer than a section holds goes without blocks (and so without
 * buttons), which Slack shows in full.
 */
final class MessageBlocks {

	static final int SECTION_TEXT_MAX = 3000;

	private MessageBlocks() {
	}

	static List<LayoutBlock> of(ThreadMessage message) {
		if (message.text().length() > SECTION_TEXT_MAX) {
			return List.of();
		}
		if (message.buttons().isEmpty()) {
			return List.of(section((s) -> s.text(markdownText(message.text()))));
		}
		List<BlockElement> buttons = message.buttons().stream().limit(5).map(MessageBlocks::button).toList();
		return List.of(section((s) -> s.text(markdownText(message.text()))), actions((a) -> a.elements(buttons)));
	}

	static BlockElement button(ThreadMessage.Button b) {
		return com.slack.api.model.block.element.BlockElements.button((x) -> {
			x.actionId(b.actionId()).text(plainText(Mrkdwn.truncate(b.label(), 75))).value(b.value());
			if (!b.style().isEmpty()) {
				x.style(b.style());
			}
			return x;
		});
	}

}
