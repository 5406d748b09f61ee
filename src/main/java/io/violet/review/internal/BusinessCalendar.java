package io.violet.review.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Business days (Monday to Friday) and working hours.
 */
final class BusinessCalendar {

	private BusinessCalendar() {
	}

	/**
	 * Adds (or, when negative, subtracts) business days, keeping the time of day; a start
	 * on a weekend counts from the next Monday.
	 * @param start the start
	 * @param days business days to add
	 * @param zone the zone whose calendar counts
	 * @return the moment
	 */
	static Instant plusBusinessDays(Instant start, int days, ZoneId zone) {
		ZonedDateTime at = start.atZone(zone);
		int step = (days >= 0) ? 1 : -1;
		if (days >= 0) {
			while (isWeekend(at.getDayOfWeek())) {
				at = at.plusDays(1).with(LocalTime.of(9, 0));
			}
		}
		int left = Math.abs(days);
		while (left > 0) {
			at = at.plusDays(step);
			if (!isWeekend(at.getDayOfWeek())) {
				left--;
			}
		}
		return at.toInstant();
	}

	/**
	 * Whether it is a weekday within working hours somewhere.
	 * @param now the moment
	 * @param zone the person's zone
	 * @param start the working day's start
	 * @param end its end (exclusive)
	 * @return true within working hours
	 */
	static boolean isWorkingTime(Instant now, ZoneId zone, LocalTime start, LocalTime end) {
		ZonedDateTime local = now.atZone(zone);
		LocalTime time = local.toLocalTime();
		return !isWeekend(local.getDayOfWeek()) && !time.isBefore(start) && time.isBefore(end);
	}

	private static boolean isWeekend(DayOfWeek day) {
		return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
	}

}
