package io.violet;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The organisation's business days and working hours, shared by every module that nudges
 * people or counts working days (reviews, violet-team sessions, follow-ups, insights).
 * <p>
 * A day is a business day unless it is a weekend day or a holiday of the zone asked
 * about. Weekends are Saturday and Sunday unless configured ({@code VIOLET_WEEKEND});
 * holidays come from {@code VIOLET_HOLIDAYS} and the file {@code VIOLET_HOLIDAYS_FILE}.
 * Each entry either holds for everyone or only for people in one time zone
 * ({@code @Zone/Id}), so that the Berlin office's holiday does not silence Tokyo. Callers
 * pass the zone of the person concerned (a nudge, working hours) or the organisation's
 * zone ({@code VIOLET_TIMEZONE}) for organisation-wide counts (due dates).
 * <p>
 * Forms (see the operations guide): a date {@code 2027-12-24}, a date every year
 * {@code --12-25}, each optionally followed by {@code @Europe/Berlin}; weekend days
 * {@code FRIDAY,SATURDAY}, each optionally followed by a zone to replace the weekend of
 * that zone only.
 */
public class BusinessCalendar {

	private static final Set<DayOfWeek> DEFAULT_WEEKEND = Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

	private final Set<DayOfWeek> weekend;

	private final Map<ZoneId, Set<DayOfWeek>> weekendByZone;

	private final Map<@Nullable ZoneId, Set<LocalDate>> dates;

	private final Map<@Nullable ZoneId, Set<MonthDay>> yearly;

	/**
	 * Saturday and Sunday off, no holidays.
	 */
	public BusinessCalendar() {
		this(List.of(), List.of());
	}

	/**
	 * A calendar from its configured entries.
	 * @param weekend weekend days, each optionally {@code DAY@Zone/Id}; empty for
	 * Saturday and Sunday
	 * @param holidays holidays, each {@code yyyy-MM-dd} or {@code --MM-dd}, optionally
	 * followed by {@code @Zone/Id}
	 * @throws IllegalArgumentException naming the entry that is none of the forms
	 */
	public BusinessCalendar(List<String> weekend, List<String> holidays) {
		Set<DayOfWeek> everyone = EnumSet.noneOf(DayOfWeek.class);
		Map<ZoneId, Set<DayOfWeek>> byZone = new HashMap<>();
		for (String entry : weekend) {
			Scoped scoped = Scoped.parse(entry, "weekend day");
			DayOfWeek day;
			try {
				day = DayOfWeek.valueOf(scoped.value().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("\"" + entry.strip()
						+ "\" is not a weekend day: use MONDAY … SUNDAY, optionally followed by @Zone/Id");
			}
			if (scoped.zone() == null) {
				everyone.add(day);
			}
			else {
				byZone.computeIfAbsent(scoped.zone(), (z) -> EnumSet.noneOf(DayOfWeek.class)).add(day);
			}
		}
		this.weekend = everyone.isEmpty() ? DEFAULT_WEEKEND : Set.copyOf(everyone);
		this.weekendByZone = Map.copyOf(byZone);
		Map<@Nullable ZoneId, Set<LocalDate>> days = new HashMap<>();
		Map<@Nullable ZoneId, Set<MonthDay>> everyYear = new HashMap<>();
		for (String entry : holidays) {
			Scoped scoped = Scoped.parse(entry, "holiday");
			try {
				if (scoped.value().startsWith("--")) {
					everyYear.computeIfAbsent(scoped.zone(), (z) -> new HashSet<>())
						.add(MonthDay.parse(scoped.value()));
				}
				else {
					days.computeIfAbsent(scoped.zone(), (z) -> new HashSet<>()).add(LocalDate.parse(scoped.value()));
				}
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException("\"" + entry.strip()
						+ "\" is not a holiday: use yyyy-MM-dd, or --MM-dd for every year, optionally followed by @Zone/Id");
			}
		}
		this.dates = days;
		this.yearly = everyYear;
	}

	/**
	 * Whether a date is a business day.
	 * @param date the date
	 * @param zone the zone whose calendar counts
	 * @return false on a weekend or a holiday (for everyone or for that zone)
	 */
	public boolean isBusinessDay(LocalDate date, ZoneId zone) {
		return !weekendOf(zone).contains(date.getDayOfWeek()) && !isHoliday(date, zone);
	}

	/**
	 * Whether a date is a configured holiday.
	 * @param date the date
	 * @param zone the zone whose calendar counts
	 * @return true when an entry for everyone or for that zone names it
	 */
	public boolean isHoliday(LocalDate date, ZoneId zone) {
		ZoneId key = zone.normalized();
		MonthDay monthDay = MonthDay.from(date);
		return this.dates.getOrDefault(null, Set.of()).contains(date)
				|| this.yearly.getOrDefault(null, Set.of()).contains(monthDay) || matches(this.dates, zone, key, date)
				|| matches(this.yearly, zone, key, monthDay);
	}

	private static <T> boolean matches(Map<@Nullable ZoneId, Set<T>> entries, ZoneId zone, ZoneId normalized, T value) {
		return entries.getOrDefault(zone, Set.of()).contains(value)
				|| (!normalized.equals(zone) && entries.getOrDefault(normalized, Set.of()).contains(value));
	}

	/**
	 * The weekend days of a zone.
	 * @param zone the zone
	 * @return its own weekend when configured, the organisation's otherwise
	 */
	public Set<DayOfWeek> weekendOf(ZoneId zone) {
		return this.weekendByZone.getOrDefault(zone, this.weekend);
	}

	/**
	 * Adds (or, when negative, subtracts) business days, keeping the time of day; a start
	 * on a day off counts from the next business day at 09:00.
	 * @param start the start
	 * @param days business days to add
	 * @param zone the zone whose calendar counts
	 * @return the moment
	 */
	public Instant plusBusinessDays(Instant start, int days, ZoneId zone) {
		ZonedDateTime at = start.atZone(zone);
		int step = (days >= 0) ? 1 : -1;
		if (days >= 0) {
			while (!isBusinessDay(at.toLocalDate(), zone)) {
				at = at.plusDays(1).with(LocalTime.of(9, 0));
			}
		}
		int left = Math.abs(days);
		while (left > 0) {
			at = at.plusDays(step);
			if (isBusinessDay(at.toLocalDate(), zone)) {
				left--;
			}
		}
		return at.toInstant();
	}

	/**
	 * Whether it is a business day within working hours for someone.
	 * @param now the moment
	 * @param zone the person's zone
	 * @param start the working day's start
	 * @param end its end (exclusive)
	 * @return true within working hours
	 */
	public boolean isWorkingTime(Instant now, ZoneId zone, LocalTime start, LocalTime end) {
		ZonedDateTime local = now.atZone(zone);
		LocalTime time = local.toLocalTime();
		return isBusinessDay(local.toLocalDate(), zone) && !time.isBefore(start) && time.isBefore(end);
	}

	/**
	 * Reads entries of a holidays file: one per line, {@code #} starts a comment, and
	 * anything after the first blank on a line is the holiday's name.
	 * @param lines the file's lines
	 * @param source the file, for messages
	 * @return the entries
	 */
	static List<String> fileEntries(List<String> lines, String source) {
		List<String> entries = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			int hash = line.indexOf('#');
			String content = ((hash >= 0) ? line.substring(0, hash) : line).strip();
			if (content.isEmpty()) {
				continue;
			}
			String entry = content.split("\\s+", 2)[0];
			try {
				new BusinessCalendar(List.of(), List.of(entry));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(source + " line " + (i + 1) + ": " + ex.getMessage());
			}
			entries.add(entry);
		}
		return entries;
	}

	/**
	 * An entry and the zone it is limited to.
	 */
	private record Scoped(String value, @Nullable ZoneId zone) {

		static Scoped parse(String entry, String what) {
			String text = entry.strip();
			int at = text.indexOf('@');
			if (at < 0) {
				return new Scoped(text, null);
			}
			String zone = text.substring(at + 1).strip();
			try {
				return new Scoped(text.substring(0, at).strip(), ZoneId.of(zone));
			}
			catch (java.time.DateTimeException ex) {
				throw new IllegalArgumentException("\"" + text + "\": " + zone + " in this " + what
						+ " is not a time zone (use an IANA id such as Europe/Berlin)");
			}
		}

	}

}
