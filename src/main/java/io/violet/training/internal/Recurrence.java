package io.violet.training.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;

import io.violet.training.Cadence;
import org.quartz.impl.triggers.CalendarIntervalTriggerImpl;

/**
 * The occurrences of a repeating session, computed exactly as the Quartz trigger that
 * drives them: in the session's zone, keeping the local time of day across
 * daylight-saving changes.
 */
final class Recurrence {

	private Recurrence() {
	}

	/**
	 * The trigger that fires at every occurrence.
	 * @param first the first occurrence
	 * @param zone the session's zone
	 * @param cadence how often
	 * @return an unsaved trigger (name and job are set by the caller)
	 */
	static CalendarIntervalTriggerImpl trigger(Instant first, ZoneId zone, Cadence cadence) {
		CalendarIntervalTriggerImpl trigger = new CalendarIntervalTriggerImpl();
		trigger.setStartTime(Date.from(first));
		trigger.setRepeatIntervalUnit(cadence.unit());
		trigger.setRepeatInterval(cadence.amount());
		trigger.setTimeZone(TimeZone.getTimeZone(zone));
		trigger.setPreserveHourOfDayAcrossDaylightSavings(true);
		trigger.setSkipDayIfHourDoesNotExist(false);
		return trigger;
	}

	/**
	 * The first occurrence after a moment.
	 * @param first the series' first occurrence
	 * @param zone its zone
	 * @param cadence how often
	 * @param after the moment
	 * @return the next occurrence
	 */
	static Instant next(Instant first, ZoneId zone, Cadence cadence, Instant after) {
		Date next = trigger(first, zone, cadence).getFireTimeAfter(Date.from(after));
		return next.toInstant();
	}

}
