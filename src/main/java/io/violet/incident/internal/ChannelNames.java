package io.violet.incident.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.random.RandomGenerator;

import io.violet.incident.Incident;

/**
 * War-room channel names: {@code ai-inc-<yyyymmdd>-<n>-<slug>} ({@code drill-…} for
 * drills), cut to Slack's 80 characters, with {@code -2}, {@code -3}… when a name is
 * taken, and a name with a random part when others hold every suffix tried: names are
 * predictable, so anyone may create channels under the next ones.
 */
public final class ChannelNames {

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private static final int MAX_LENGTH = 80;

	private static final String RANDOM_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

	private static final int RANDOM_LENGTH = 6;

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
		String suffix = (attempt > 1) ? "-" + attempt : "";
		return cut(withSlug(prefix(incident, zone), incident), MAX_LENGTH - suffix.length()) + suffix;
	}

	/**
	 * A name nobody can guess in advance:
	 * {@code ai-inc-<yyyymmdd>-<n>-<6 random letters or digits>-<slug>}, cut to 80
	 * characters.
	 * @param incident the incident, with its id
	 * @param zone the zone whose calendar day the name carries
	 * @param random the source of the random part (a secure one: it must not be
	 * predictable)
	 * @return a valid Slack channel name
	 */
	public static String unguessable(Incident incident, ZoneId zone, RandomGenerator random) {
		StringBuilder part = new StringBuilder(RANDOM_LENGTH);
		for (int i = 0; i < RANDOM_LENGTH; i++) {
			part.append(RANDOM_ALPHABET.charAt(random.nextInt(RANDOM_ALPHABET.length())));
		}
		return cut(withSlug(prefix(incident, zone) + "-" + part, incident), MAX_LENGTH);
	}

	private static String prefix(Incident incident, ZoneId zone) {
		return (incident.drill() ? "drill-" : "ai-inc-") + LocalDate.ofInstant(incident.declaredAt(), zone).format(DAY)
				+ "-" + incident.id();
	}

	private static String withSlug(String prefix, Incident incident) {
		String slug = slug(incident.title());
		return slug.isEmpty() ? prefix : prefix + "-" + slug;
	}

	private static String cut(String name, int max) {
		String cut = name;
		if (cut.length() > max) {
			cut = cut.substring(0, max);
			while (cut.endsWith("-")) {
				cut = cut.substring(0, cut.length() - 1);
			}
		}
		return cut;
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
