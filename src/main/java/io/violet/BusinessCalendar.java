package io.violet;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The organisation's business days and working hours, shared by every module that nudges
 * people or counts working days (reviews, violet-team sessions, follow-ups, insights).
 * Weekends are Saturday and Sunday.
 */
@Component
public class BusinessCalendar {

	private static final Set<DayOfWeek> WEEKEND = Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

	/**
	 * Whether a date is a business day.
	 * @param date the date
	 * @param zone the zone whose calendar counts
	 * @return false on a weekend
	 */
	public boolean isBusinessDay(LocalDate date, ZoneId zone) {
		return !WEEKEND.contains(date.getDayOfWeek());
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

}
