package io.violet.training;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The id of a session (training, workshop or drill) as users type it and messages,
 * delivery keys and calendar files show it: {@code S-12}.
 *
 * @param id the number n of {@code S-n}
 */
public record SessionKey(long id) {

	private static final Pattern TEXT = Pattern.compile("(?i)S-([1-9][0-9]{0,17})");

	/**
	 * Reads a session id as users type it (either case, surrounding blanks ignored).
	 * @param text e.g. {@code S-12}
	 * @return the key, empty when the text is not one
	 */
	public static Optional<SessionKey> parse(String text) {
		Matcher m = TEXT.matcher(text.trim());
		return m.matches() ? Optional.of(new SessionKey(Long.parseLong(m.group(1)))) : Optional.empty();
	}

	/**
	 * The key as shown.
	 * @return e.g. {@code S-12}
	 */
	public String text() {
		return "S-" + this.id;
	}

	@Override
	public String toString() {
		return text();
	}

}
