package io.violet.training.slack;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * Reads the times and zones people type: {@code yyyy-MM-dd HH:mm} and IANA zone ids.
 */
final class TimeInput {

	/** The form users type. */
	static final String FORM = "yyyy-MM-dd HH:mm";

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm")
		.withResolverStyle(ResolverStyle.STRICT);

	private TimeInput() {
	}

	/**
	 * Reads a local date and time; impossible dates (Feb 30, 25:00) are refused.
	 * @param date e.g. {@code 2026-03-02}
	 * @param time e.g. {@code 14:30}
	 * @return the local time, empty when it is not a real time in that form
	 */
	static Optional<LocalDateTime> parse(String date, String time) {
		try {
			return Optional.of(LocalDateTime.parse(date.trim() + " " + time.trim(), FORMAT));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Reads an IANA zone id such as {@code Europe/Berlin} (also {@code UTC}).
	 * @param text the id
	 * @return the zone, empty when unknown
	 */
	static Optional<ZoneId> zone(String text) {
		String t = text.trim();
		if (t.isEmpty() || !(t.contains("/") || t.equalsIgnoreCase("UTC") || t.equalsIgnoreCase("GMT"))) {
			return Optional.empty();
		}
		try {
			return Optional.of(ZoneId.of(t.equalsIgnoreCase("utc") ? "UTC" : t));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

}
