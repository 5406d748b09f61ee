package io.violet.incident;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Incident settings ({@code violet.incident.*}); defaults in {@code application.yml}.
 *
 * @param archiveDelay how long after {@code close} the room is archived
 * @param clocks regulatory clock rules by key ({@code gdpr-art33}, {@code ai-act-art73},
 * {@code ai-act-art73-widespread}, {@code ai-act-art73-death})
 * @param statusReminders how often the commander is asked for a status update, by
 * severity key
 * @param workers no longer read by the incident module: war rooms are set up by the Slack
 * job runner ({@code violet.slack.work.workers}, which falls back to this setting's
 * variable {@code VIOLET_INCIDENT_WORKERS})
 */
@ConfigurationProperties("violet.incident")
public record IncidentSettings(@DefaultValue("7d") Duration archiveDelay, Map<String, ClockRule> clocks,
		Map<String, Duration> statusReminders, @DefaultValue("64") int workers) {

	public IncidentSettings {
		for (String key : List.of("gdpr-art33", "ai-act-art73", "ai-act-art73-widespread", "ai-act-art73-death")) {
			if (!clocks.containsKey(key)) {
				throw new IllegalStateException("Missing setting violet.incident.clocks." + key + ".deadline");
			}
		}
		for (Severity severity : Severity.values()) {
			if (!statusReminders.containsKey(severity.key())) {
				throw new IllegalStateException("Missing setting violet.incident.status-reminders." + severity.key());
			}
		}
	}

	public ClockRule clock(String ruleKey) {
		return this.clocks.get(ruleKey);
	}

	public Duration statusReminder(Severity severity) {
		return this.statusReminders.get(severity.key());
	}

	/**
	 * One regulatory deadline.
	 *
	 * @param title what it is called, e.g. "GDPR Art. 33 notification"
	 * @param deadline how long after becoming aware
	 * @param remindersBefore when to remind legal, as time left before the deadline
	 * @param term the deadline in the regulation's own words, e.g. "72 hours" (GDPR Art.
	 * 33 counts hours, the EU AI Act Art. 73 days); empty to derive it from the deadline
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

}
