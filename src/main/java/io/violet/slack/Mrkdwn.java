package io.violet.slack;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * Slack mrkdwn helpers. Every text a user typed goes through {@link #escape(String)}
 * before it reaches a message, so that no input can ping {@code @channel} or forge a
 * link.
 */
public final class Mrkdwn {

	private static final Pattern SLACK_ID = Pattern.compile("[A-Z0-9]{2,32}");

	private static final DateTimeFormatter FALLBACK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private Mrkdwn() {
	}

	/**
	 * Escapes the three characters Slack gives meaning to in mrkdwn.
	 * @param text what a user typed
	 * @return the text, shown literally by Slack
	 */
	public static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * Escapes and cuts a user's text to fit a Block Kit limit, marking the cut.
	 * @param text what a user typed
	 * @param max the most characters the escaped result may have
	 * @return escaped text of at most {@code max} characters
	 */
	public static String escapeAndTruncate(String text, int max) {
		String escaped = escape(text);
		if (escaped.length() <= max) {
			return escaped;
		}
		int cut = max - 1;
		// never split an entity or a surrogate pair
		int amp = escaped.lastIndexOf('&', cut);
		if (amp >= 0 && amp > cut - 5 && escaped.indexOf(';', amp) >= cut) {
			cut = amp;
		}
		if (cut > 0 && Character.isHighSurrogate(escaped.charAt(cut - 1))) {
			cut--;
		}
		return escaped.substring(0, cut) + "…";
	}

	/**
	 * Cuts plain text (not mrkdwn) to a limit, marking the cut.
	 * @param text the text
	 * @param max the most characters
	 * @return the text, at most {@code max} characters
	 */
	public static String truncate(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		int cut = max - 1;
		if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
			cut--;
		}
		return text.substring(0, cut) + "…";
	}

	/**
	 * A user mention, which every reader sees as the user's name.
	 * @param userId a Slack user id
	 * @return {@code <@U…>}
	 */
	public static String user(String userId) {
		return SLACK_ID.matcher(userId).matches() ? "<@" + userId + ">" : escape(userId);
	}

	/**
	 * A channel mention.
	 * @param channelId a Slack channel id
	 * @return {@code <#C…>}
	 */
	public static String channel(String channelId) {
		return SLACK_ID.matcher(channelId).matches() ? "<#" + channelId + ">" : escape(channelId);
	}

	/**
	 * A time every reader sees in their own time zone.
	 * @param instant the moment
	 * @return {@code <!date^…>} with a date and time
	 */
	public static String date(Instant instant) {
		return date(instant, "{date_short_pretty} {time}");
	}

	/**
	 * A time every reader sees in their own time zone, in a Slack date format.
	 * @param instant the moment
	 * @param format Slack's date tokens, e.g. {@code {date_long} {time}}
	 * @return {@code <!date^…>}
	 */
	public static String date(Instant instant, String format) {
		return "<!date^" + instant.getEpochSecond() + "^" + format + "|" + FALLBACK.format(instant) + ">";
	}

	/**
	 * A link whose label is user text; the URL must be one Violet made or checked.
	 * @param url an http(s) URL
	 * @param label the label, escaped here
	 * @return {@code <url|label>}, or the escaped label when the URL is not http(s)
	 */
	public static String link(String url, String label) {
		if (!(url.startsWith("https://") || url.startsWith("http://")) || url.indexOf('|') >= 0 || url.indexOf('>') >= 0
				|| url.indexOf('<') >= 0 || url.contains(" ")) {
			return escape(label);
		}
		return "<" + url + "|" + escape(label).replace("|", "¦") + ">";
	}

}
