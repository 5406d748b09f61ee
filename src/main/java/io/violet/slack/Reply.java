package io.violet.slack;

import java.util.List;

import com.slack.api.model.block.LayoutBlock;

/**
 * What a command answers right away.
 *
 * @param text the text (mrkdwn, already escaped where it quotes users)
 * @param blocks blocks, may be empty
 * @param visibleToChannel whether everyone in the channel sees it
 */
public record Reply(String text, List<LayoutBlock> blocks, boolean visibleToChannel) {

	/**
	 * A reply only the user sees.
	 * @param text the text
	 * @return the reply
	 */
	public static Reply ephemeral(String text) {
		return new Reply(text, List.of(), false);
	}

	public static Reply ephemeral(String text, List<LayoutBlock> blocks) {
		return new Reply(text, List.copyOf(blocks), false);
	}

	/**
	 * Names what was wrong and shows the right form.
	 * @param problem what was wrong (mrkdwn, already escaped)
	 * @param usage the right forms of the command
	 * @return the reply
	 */
	public static Reply usage(String problem, List<String> usage) {
		StringBuilder text = new StringBuilder(":warning: ").append(problem);
		if (!usage.isEmpty()) {
			text.append("\nUsage:");
			usage.forEach((line) -> text.append("\n`").append(line).append('`'));
		}
		return ephemeral(text.toString());
	}

	/**
	 * Answers a subcommand that names no action, or one it does not know.
	 * @param noun the subcommand in the singular, e.g. {@code role}
	 * @param plural what the subcommand is about, e.g. {@code roles}
	 * @param action the word the user gave after it, possibly empty
	 * @param usage the subcommand's forms
	 * @return the reply naming the problem and the right forms
	 */
	public static Reply unknownAction(String noun, String plural, String action, List<String> usage) {
		return usage(action.isEmpty() ? "Say what to do with " + plural + "."
				: "Unknown " + noun + " command `" + Mrkdwn.escapeAndTruncate(action, 30) + "`.", usage);
	}

	/**
	 * A refusal for someone without the right.
	 * @param what what they may not do, e.g. "change the role directory"
	 * @param who who may, e.g. "Violet admins"
	 * @return the reply
	 */
	public static Reply notAllowed(String what, String who) {
		return ephemeral(":no_entry: Only " + who + " can " + what + ".");
	}

	/**
	 * No visible answer (e.g. a modal was opened).
	 * @return the empty reply
	 */
	public static Reply none() {
		return new Reply("", List.of(), false);
	}

	public boolean isEmpty() {
		return this.text.isEmpty() && this.blocks.isEmpty();
	}

}
