package io.violet.incident;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One regulatory deadline, as configured in {@code violet.incident.clocks}.
 *
 * @param title what it is called, e.g. "GDPR Art. 33 notification"
 * @param deadline how long after becoming aware
 * @param remindersBefore when to remind legal, as time left before the deadline
 * @param term the deadline in the regulation's own words, e.g. "72 hours" (GDPR Art. 33
 * counts hours, the EU AI Act Art. 73 days); empty to derive it from the deadline
 */
public record ClockRule(String title, Duration deadline, @DefaultValue List<Duration> remindersBefore,
		@DefaultValue("") String term) {

	/**
	 * The deadline as the regulation states it.
	 * @return e.g. "72 hours" or "15 days"
	 */
	@Override
	public String term() {
		if (!this.term.isBlank()) {
			return this.term.strip();
		}
		long hours = this.deadline.toHours();
		if (hours > 0 && this.deadline.equals(Duration.ofHours(hours))) {
			return (hours % 24 == 0) ? plural(hours / 24, "day") : plural(hours, "hour");
		}
		return plural(Math.max(1, this.deadline.toMinutes()), "minute");
	}

	private static String plural(long n, String unit) {
		return n + " " + unit + ((n == 1) ? "" : "s");
	}

}
