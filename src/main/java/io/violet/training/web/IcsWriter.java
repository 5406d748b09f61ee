package io.violet.training.web;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.violet.training.AgendaItem;
import io.violet.training.Cadence;
import io.violet.training.Session;
import io.violet.training.internal.CalendarEntry;

/**
 * Writes a calendar entry as an RFC 5545 file that every calendar client reads: lines
 * folded at 75 octets of UTF-8 without splitting a character, text escaped (CR and LF
 * included), the revision as {@code SEQUENCE}, a repeating session as one event with an
 * {@code RRULE} in its own time zone (with the {@code VTIMEZONE} the standard asks for),
 * so every occurrence keeps its local time across daylight-saving changes as Violet's own
 * schedule does.
 */
final class IcsWriter {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

	private static final int MAX_OCTETS = 75;

	/** Years of explicit transitions written for a zone whose rules no RRULE can say. */
	private static final int EXPLICIT_YEARS = 30;

	private IcsWriter() {
	}

	/**
	 * The file.
	 * @param entry what it describes
	 * @param stamp when the file is written ({@code DTSTAMP})
	 * @return the text, CRLF line endings
	 */
	static String write(CalendarEntry entry, Instant stamp) {
		Session s = entry.session();
		ZoneId zone = s.zone().normalized();
		boolean local = entry.cadence() != null
				&& !(zone instanceof ZoneOffset offset && offset.equals(ZoneOffset.UTC));
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Violet//Trainings//EN");
		line(out, "CALSCALE:GREGORIAN");
		if (local) {
			timeZone(out, zone, entry.start());
		}
		line(out, "BEGIN:VEVENT");
		line(out, "UID:" + entry.uid());
		line(out, "SEQUENCE:" + entry.sequence());
		line(out, "DTSTAMP:" + UTC.format(stamp));
		line(out, "DTSTART" + at(entry.start(), zone, local));
		line(out, "DTEND" + at(entry.start().plus(entry.duration()), zone, local));
		Cadence cadence = entry.cadence();
		if (cadence != null) {
			line(out,
					"RRULE:" + rule(cadence) + ((entry.until() != null) ? ";UNTIL=" + UTC.format(entry.until()) : ""));
			for (Instant exception : entry.exceptions()) {
				line(out, "EXDATE" + at(exception, zone, local));
			}
		}
		line(out, "SUMMARY:" + text(s.kind().label() + ": " + s.title() + " ("
				+ ((cadence != null) ? "repeats " + cadence.key() : s.key()) + ")"));
		line(out, "DESCRIPTION:" + text(description(s)));
		line(out, "STATUS:" + (entry.cancelled() ? "CANCELLED" : "CONFIRMED"));
		line(out, "END:VEVENT");
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	/**
	 * What the event is, and for a workshop with an agenda, each point on a line of its
	 * own (its text as typed: {@link #text} escapes it and {@link #line} folds it).
	 */
	static String description(Session s) {
		StringBuilder text = new StringBuilder("Violet " + s.kind().label().toLowerCase(Locale.ROOT) + " " + s.key()
				+ ". Answer and mark completion in Slack.");
		if (!s.agenda().isEmpty()) {
			text.append("\n\nAgenda:");
			for (AgendaItem item : s.agenda()) {
				text.append("\n")
					.append(item.label())
					.append(" (")
					.append(item.area())
					.append(", ")
					.append(item.severity())
					.append("): ")
					.append(item.title());
			}
		}
		return text.toString();
	}

	private static String at(Instant instant, ZoneId zone, boolean local) {
		return local ? ";TZID=" + parameter(zone.getId()) + ":" + LOCAL.format(LocalDateTime.ofInstant(instant, zone))
				: ":" + UTC.format(instant);
	}

	private static String parameter(String value) {
		return (value.contains(":") || value.contains(";") || value.contains(",")) ? "\"" + value + "\"" : value;
	}

	static String rule(Cadence cadence) {
		String freq = switch (cadence.unit()) {
			case DAY -> "DAILY";
			case WEEK -> "WEEKLY";
			case MONTH -> "MONTHLY";
			case YEAR -> "YEARLY";
			default -> throw new IllegalStateException("Unsupported unit " + cadence.unit());
		};
		return "FREQ=" + freq + ((cadence.amount() != 1) ? ";INTERVAL=" + cadence.amount() : "");
	}

	/**
	 * The zone's offsets around the series: one observance per yearly rule when the zone
	 * still changes its clocks by rule, the explicit changes otherwise.
	 */
	private static void timeZone(StringBuilder out, ZoneId zone, Instant start) {
		ZoneRules rules = zone.getRules();
		line(out, "BEGIN:VTIMEZONE");
		line(out, "TZID:" + zone.getId());
		List<String[]> observances = new ArrayList<>();
		List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
		// from the year before, so that every observance starts before the series does
		int year = LocalDateTime.ofInstant(start, zone).getYear() - 1;
		List<ZoneOffsetTransition> listed = rules.getTransitions();
		Instant ruledAfter = listed.isEmpty() ? Instant.MIN : listed.get(listed.size() - 1).getInstant();
		boolean byRule = !yearly.isEmpty() && yearly.stream()
			.allMatch((r) -> byDay(r, year) != null && r.createTransition(year).getInstant().isAfter(ruledAfter));
		if (byRule) {
			for (ZoneOffsetTransitionRule r : yearly) {
				ZoneOffsetTransition t = r.createTransition(year);
				observances.add(observance(rules.isDaylightSavings(t.getInstant()) ? "DAYLIGHT" : "STANDARD",
						t.getDateTimeBefore(), t.getOffsetBefore(), t.getOffsetAfter(),
						"FREQ=YEARLY;BYMONTH=" + r.getMonth().getValue() + ";" + byDay(r, year)));
			}
		}
		else {
			// the offset in force when the series starts, then each change after it
			ZoneOffset offset = rules.getOffset(start);
			observances.add(observance(rules.isDaylightSavings(start) ? "DAYLIGHT" : "STANDARD",
					LocalDateTime.of(1970, 1, 1, 0, 0), offset, offset, null));
			Instant end = start.atZone(zone).plusYears(EXPLICIT_YEARS).toInstant();
			ZoneOffsetTransition t = rules.nextTransition(start);
			while (t != null && t.getInstant().isBefore(end)) {
				observances.add(observance(rules.isDaylightSavings(t.getInstant()) ? "DAYLIGHT" : "STANDARD",
						t.getDateTimeBefore(), t.getOffsetBefore(), t.getOffsetAfter(), null));
				t = rules.nextTransition(t.getInstant());
			}
		}
		for (String[] observance : observances) {
			for (String l : observance) {
				if (l != null) {
					line(out, l);
				}
			}
		}
		line(out, "END:VTIMEZONE");
	}

	private static String[] observance(String kind, LocalDateTime onset, ZoneOffset from, ZoneOffset to, String rrule) {
		return new String[] { "BEGIN:" + kind, "DTSTART:" + LOCAL.format(onset), "TZOFFSETFROM:" + offset(from),
				"TZOFFSETTO:" + offset(to), (rrule != null) ? "RRULE:" + rrule : null, "END:" + kind };
	}

	/**
	 * The day of a yearly clock change as RRULE parts, in the local days the change falls
	 * on (a change defined at 01:00 UTC falls on the Saturday evening west of Greenwich,
	 * "Sunday on or after the 25th" becomes "Saturday on or after the 24th"); null when
	 * no RRULE says it, checked over seven years so that every weekday alignment is seen.
	 */
	private static String byDay(ZoneOffsetTransitionRule r, int year) {
		LocalDateTime onset = r.createTransition(year).getDateTimeBefore();
		long shift = ChronoUnit.DAYS.between(
				ruleDay(r.getMonth().getValue(), r.getDayOfMonthIndicator(), r.getDayOfWeek(), year),
				onset.toLocalDate());
		if (Math.abs(shift) > 1 || onset.getMonth() != r.getMonth()) {
			return null;
		}
		int indicator = r.getDayOfMonthIndicator() + (int) shift;
		DayOfWeek dow = (r.getDayOfWeek() != null) ? r.getDayOfWeek().plus(shift) : null;
		int month = r.getMonth().getValue();
		int minLength = r.getMonth().minLength();
		if (indicator == 0 || indicator < -minLength || indicator > minLength
				|| (dow != null && (indicator > minLength - 6 || indicator < -minLength + 6))) {
			return null;
		}
		for (int y = year; y < year + 7; y++) {
			LocalDateTime t = r.createTransition(y).getDateTimeBefore();
			if (!t.toLocalDate().equals(ruleDay(month, indicator, dow, y))
					|| !t.toLocalTime().equals(onset.toLocalTime())) {
				return null;
			}
		}
		if (dow == null) {
			return "BYMONTHDAY=" + indicator;
		}
		if (indicator == -1) {
			return "BYDAY=-1" + day(dow);
		}
		if (indicator > 0 && (indicator - 1) % 7 == 0) {
			return "BYDAY=" + ((indicator - 1) / 7 + 1) + day(dow);
		}
		if (indicator > 0 && indicator + 6 == minLength && minLength == r.getMonth().maxLength()) {
			return "BYDAY=-1" + day(dow);
		}
		return "BYMONTHDAY=" + ((indicator > 0) ? days(indicator, indicator + 6) : days(indicator - 6, indicator))
				+ ";BYDAY=" + day(dow);
	}

	/**
	 * "The day-of-week on or after the n-th" (n positive) or "on or before the n-th last"
	 * (n negative), or the n-th itself without a day of week, as java.time's rules say
	 * it.
	 */
	private static LocalDate ruleDay(int month, int indicator, DayOfWeek dow, int year) {
		if (indicator < 0) {
			LocalDate base = LocalDate.of(year, month, 1)
				.with(TemporalAdjusters.lastDayOfMonth())
				.plusDays(indicator + 1);
			return (dow != null) ? base.with(TemporalAdjusters.previousOrSame(dow)) : base;
		}
		LocalDate base = LocalDate.of(year, month, indicator);
		return (dow != null) ? base.with(TemporalAdjusters.nextOrSame(dow)) : base;
	}

	private static String days(int from, int to) {
		StringBuilder out = new StringBuilder();
		for (int d = from; d <= to; d++) {
			out.append((out.length() > 0) ? "," : "").append(d);
		}
		return out.toString();
	}

	private static String day(DayOfWeek dow) {
		return dow.getDisplayName(java.time.format.TextStyle.SHORT, Locale.ROOT)
			.substring(0, 2)
			.toUpperCase(Locale.ROOT);
	}

	private static String offset(ZoneOffset offset) {
		int total = offset.getTotalSeconds();
		int abs = Math.abs(total);
		String hhmm = String.format(Locale.ROOT, "%02d%02d", abs / 3600, (abs / 60) % 60);
		return ((total < 0) ? "-" : "+") + hhmm + ((abs % 60 != 0) ? String.format(Locale.ROOT, "%02d", abs % 60) : "");
	}

	/**
	 * An RFC 5545 TEXT value: backslash, semicolon, comma and line breaks escaped (a CR
	 * alone or in CRLF is a line break too), other control characters dropped since the
	 * format does not allow them.
	 */
	static String text(String value) {
		StringBuilder out = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case ';' -> out.append("\\;");
				case ',' -> out.append("\\,");
				case '\r' -> {
					out.append("\\n");
					if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
						i++;
					}
				}
				case '\n' -> out.append("\\n");
				default -> {
					if (c == '\t' || !Character.isISOControl(c)) {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

	/**
	 * Appends a content line folded so that no physical line exceeds 75 octets of UTF-8
	 * (the leading space of a continuation counts), breaking only between code points.
	 */
	static void line(StringBuilder out, String line) {
		int octets = 0;
		int i = 0;
		while (i < line.length()) {
			int cp = line.codePointAt(i);
			int size = utf8Length(cp);
			if (octets + size > MAX_OCTETS) {
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(cp);
			octets += size;
			i += Character.charCount(cp);
		}
		out.append("\r\n");
	}

	private static int utf8Length(int cp) {
		if (cp < 0x80) {
			return 1;
		}
		if (cp < 0x800) {
			return 2;
		}
		if (Character.isSurrogate((char) cp)) {
			// a lone surrogate is written as '?' by the UTF-8 encoder
			return 1;
		}
		return (cp < 0x10000) ? 3 : 4;
	}

	static int octets(String text) {
		return text.getBytes(StandardCharsets.UTF_8).length;
	}

}
