package io.violet.slack;

import java.util.List;

/**
 * One {@code /violet} command as a handler sees it.
 *
 * @param userId who typed it
 * @param channelId where it was typed
 * @param triggerId the trigger for opening a modal (valid for three seconds)
 * @param responseUrl where later answers to this command go
 * @param subcommand the first word, e.g. {@code role}
 * @param args the words after the first
 * @param text the whole command text, Slack's escaping undone
 */
public record CommandInvocation(String userId, String channelId, String triggerId, String responseUrl,
		String subcommand, List<Token> args, String text) {

	/**
	 * The text after the first {@code words} whitespace-separated words, as typed; for
	 * free text such as a note.
	 * @param words how many words to skip (the subcommand counts)
	 * @return the rest of the text, trimmed
	 */
	public String textAfter(int words) {
		String rest = this.text.strip();
		for (int i = 0; i < words && !rest.isEmpty(); i++) {
			int space = indexOfWhitespace(rest);
			rest = (space < 0) ? "" : rest.substring(space).strip();
		}
		return rest;
	}

	/**
	 * The word at a position after the subcommand, lower-cased, or empty.
	 * @param index the position
	 * @return the word
	 */
	public String word(int index) {
		return (index < this.args.size()) ? this.args.get(index).text().toLowerCase(java.util.Locale.ROOT) : "";
	}

	/**
	 * The words after the first {@code count} arguments.
	 * @param count how many arguments to drop
	 * @return the remaining tokens
	 */
	public List<Token> argsAfter(int count) {
		return (count >= this.args.size()) ? List.of() : this.args.subList(count, this.args.size());
	}

	private static int indexOfWhitespace(String s) {
		for (int i = 0; i < s.length(); i++) {
			if (Character.isWhitespace(s.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

}
