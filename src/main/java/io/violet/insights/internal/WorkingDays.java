package io.violet.insights.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import io.violet.BusinessCalendar;

/**
 * Counts working days between two moments in one zone: every business day of the
 * organisation's calendar counts for the share of it that lies between them, measured
 * against that day's own length (so a day of 23 or 25 hours at a clock change still
 * counts as one), and days off count nothing. Friday 15:00 to Monday 15:00 is one working
 * day. One instance serves one computation and remembers which dates are business days.
 */
final class WorkingDays {

	private final BusinessCalendar calendar;

	private final ZoneId zone;

	// per date: its start and end as epoch milliseconds, or null for a day off
	private final Map<LocalDate, long[]> days = new HashMap<>();

	WorkingDays(BusinessCalendar calendar, ZoneId zone) {
		this.calendar = calendar;
		this.zone = zone;
	}

	/**
	 * The working days from one moment to another.
	 * @param from the start
	 * @param to the end
	 * @return the working days, 0 when the end is not after the start
	 */
	double between(Instant from, Instant to) {
		if (!to.isAfter(from)) {
			return 0;
		}
		long a = from.toEpochMilli();
		long b = to.toEpochMilli();
		LocalDate last = to.atZone(this.zone).toLocalDate();
		double total = 0;
		for (LocalDate day = from.atZone(this.zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
			long[] span = this.days.computeIfAbsent(day, this::span);
			if (span.length == 0) {
				continue;
			}
			long covered = Math.min(b, span[1]) - Math.max(a, span[0]);
			if (covered > 0) {
				total += (double) covered / (span[1] - span[0]);
			}
		}
		return total;
	}

	private long[] span(LocalDate day) {
		if (!this.calendar.isBusinessDay(day, this.zone)) {
			return new long[0];
		}
		return new long[] { day.atStartOfDay(this.zone).toInstant().toEpochMilli(),
				day.plusDays(1).atStartOfDay(this.zone).toInstant().toEpochMilli() };
	}

}
