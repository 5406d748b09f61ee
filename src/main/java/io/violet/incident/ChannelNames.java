package io.violet.incident;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * War-room channel names: {@code ai-inc-<yyyymmdd>-<n>-<slug>} ({@code drill-…} for
 * drills), cut to Slack's 80 characters, with {@code -2}, {@code -3}… when a name is
 * taken.
 */
public final class ChannelNames {

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private static final int MAX_LENGTH = 80;

	private ChannelNames() {
	}

	/**
	 * The name to try for a room.
	 * @param incident the incident, with its id
	 * @param zone the zone whose calendar day the name carries
	 * @param attempt 1 for the plain name, n for the suffix {@code -n}
	 * @return a valid Slack channel name
	 */
	public static String of(Incident incident, ZoneId zone, int attempt) {
		String prefix = (incident.drill() ? "drill-" : "ai-inc-")
				+ LocalDate.ofInstant(incident.declaredAt(), zone).format(DAY) + "-" + incident.id();
		String slug = slug(incident.title());
		String suffix = (attempt > 1) ? "-" + attempt : "";
		String name = slug.isEmpty() ? prefix : prefix + "-" + slug;
		int max = MAX_LENGTH - suffix.length();
		if (name.length() > max) {
			name = name.substring(0, max);
			while (name.endsWith("-")) {
				name = name.substring(0, name.length() - 1);
			}
		}
		return name + suffix;
	}

	/**
	 * Lower-case letters and digits of a title, runs of anything else as one dash.
	 * @param title the title
	 * @return the slug, empty when the title has no letter or digit Slack allows
	 */
	public static String slug(String title) {
		String lower = title.toLowerCase(Locale.ROOT);
		StringBuilder out = new StringBuilder();
		boolean dash = false;
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
				if (dash && out.length() > 0) {
					out.append('-');
				}
				out.append(c);
				dash = false;
			}
			else {
				dash = true;
			}
		}
		return out.toString();
	}

}
