package io.violet.slack;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the text of a slash command into {@link Token}s: undoes Slack's escaping
 * ({@code &amp;} {@code &lt;} {@code &gt;}), reads its angle-bracket forms (mentions,
 * user groups, channels, links), and honours straight and curly quotes.
 */
public final class Tokenizer {

	private Tokenizer() {
	}

	/**
	 * Tokenizes command text.
	 * @param text the {@code text} field of a slash command
	 * @return the tokens, or the problem with the text
	 */
	public static Result tokenize(String text) {
		List<Token> tokens = new ArrayList<>();
		int n = text.length();
		// a '<' opens one of Slack's forms only when a '>' follows somewhere; after the
		// last '>' every '<' is plain text. Knowing it up front keeps the work linear in
		// the text's length, whatever the text holds.
		int lastClose = text.lastIndexOf('>');
		int i = 0;
		while (i < n) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
				continue;
			}
			if (c == '<' && i < lastClose) {
				int end = text.indexOf('>', i);
				tokens.add(special(text.substring(i + 1, end)));
				i = end + 1;
				continue;
			}
			char closer = closingQuote(c);
			if (closer != 0) {
				int end = findClosingQuote(text, i + 1, closer);
				if (end < 0) {
					return Result.failure("A quote opened before `"
							+ Mrkdwn.escape(Mrkdwn.truncate(unescape(Mrkdwn.truncate(text.substring(i + 1), 200)), 40))
							+ "` is never closed.");
				}
				tokens.add(new Token(unescapeInline(text.substring(i + 1, end)), Token.Kind.WORD, true));
				i = end + 1;
				continue;
			}
			// a word runs to whitespace or to a form; its first character is taken in any
			// case (a lone '<' included), so every turn of the loop moves on
			int start = i++;
			while (i < n && !Character.isWhitespace(text.charAt(i)) && !(text.charAt(i) == '<' && i < lastClose)) {
				i++;
			}
			tokens.add(Token.word(unescape(text.substring(start, i))));
		}
		return Result.success(tokens);
	}

	/**
	 * Undoes Slack's escaping and link forms in free text, keeping it as one string.
	 * @param text escaped text from Slack
	 * @return the text as the user typed it
	 */
	public static String unescapeInline(String text) {
		StringBuilder out = new StringBuilder(text.length());
		int lastClose = text.lastIndexOf('>');
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '<' && i < lastClose) {
				int end = text.indexOf('>', i);
				Token token = special(text.substring(i + 1, end));
				switch (token.kind()) {
					case USER -> out.append("<@").append(token.text()).append('>');
					case USER_GROUP -> out.append("<!subteam^").append(token.text()).append('>');
					case CHANNEL -> out.append("<#").append(token.text()).append('>');
					default -> out.append(token.text());
				}
				i = end + 1;
			}
			else {
				int next = text.indexOf('<', i + 1);
				int stop = (next < 0) ? text.length() : next;
				out.append(unescape(text.substring(i, stop)));
				i = stop;
			}
		}
		return out.toString();
	}

	static String unescape(String text) {
		return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
	}

	private static Token special(String inner) {
		int bar = inner.indexOf('|');
		String target = (bar >= 0) ? inner.substring(0, bar) : inner;
		String label = (bar >= 0) ? inner.substring(bar + 1) : "";
		if (target.startsWith("@")) {
			return new Token(target.substring(1), Token.Kind.USER, false);
		}
		if (target.startsWith("!subteam^")) {
			return new Token(target.substring("!subteam^".length()), Token.Kind.USER_GROUP, false);
		}
		if (target.startsWith("#")) {
			return new Token(target.substring(1), Token.Kind.CHANNEL, false);
		}
		if (target.startsWith("!")) {
			return new Token("<" + unescape(inner) + ">", Token.Kind.SPECIAL, false);
		}
		if (target.startsWith("mailto:")) {
			return new Token(unescape(label.isEmpty() ? target.substring("mailto:".length()) : label), Token.Kind.LINK,
					false);
		}
		return new Token(unescape(target), Token.Kind.LINK, false);
	}

	private static char closingQuote(char c) {
		return switch (c) {
			case '"' -> '"';
			case '\'' -> '\'';
			case '\u201C', '\u201E' -> '\u201D';
			case '\u2018' -> '\u2019';
			default -> 0;
		};
	}

	private static int findClosingQuote(String text, int from, char closer) {
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean matches = c == closer || (closer == '\u201D' && c == '\u201C') || (closer == '"' && c == '\u201D');
			if (matches && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * Tokens, or the reason the text could not be read.
	 *
	 * @param tokens the tokens (empty on failure)
	 * @param error the problem, or null
	 */
	public record Result(List<Token> tokens, @org.jspecify.annotations.Nullable String error) {

		static Result success(List<Token> tokens) {
			return new Result(List.copyOf(tokens), null);
		}

		static Result failure(String error) {
			return new Result(List.of(), error);
		}

	}

}
