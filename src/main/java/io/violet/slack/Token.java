package io.violet.slack;

/**
 * One word of a {@code /violet} command, after Slack's escaping has been undone.
 *
 * @param text the word as the user meant it (for a mention: the id)
 * @param kind what kind of word it is
 * @param quoted whether the user quoted it (a quoted word is never a flag)
 */
public record Token(String text, Kind kind, boolean quoted) {

	public static Token word(String text) {
		return new Token(text, Kind.WORD, false);
	}

	/**
	 * Whether this is a {@code --flag}.
	 * @return true for an unquoted word starting with two dashes
	 */
	public boolean isFlag() {
		return this.kind == Kind.WORD && !this.quoted && this.text.startsWith("--") && this.text.length() > 2;
	}

	public boolean isUser() {
		return this.kind == Kind.USER;
	}

	public boolean isUserGroup() {
		return this.kind == Kind.USER_GROUP;
	}

	/**
	 * What a word is.
	 */
	public enum Kind {

		/** Plain text (also a quoted phrase). */
		WORD,
		/** {@code <@U123|name>}: text is the user id. */
		USER,
		/** {@code <!subteam^S123|@group>}: text is the user group id. */
		USER_GROUP,
		/** {@code <#C123|name>}: text is the channel id. */
		CHANNEL,
		/** {@code <https://…|label>} or {@code <mailto:…|…>}: text is the target. */
		LINK,
		/** {@code <!channel>}, {@code <!here>} and the like: text is kept literally. */
		SPECIAL

	}

}
