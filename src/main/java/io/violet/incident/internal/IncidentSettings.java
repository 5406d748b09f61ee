package io.violet.incident.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.violet.incident.ClockRule;
import io.violet.incident.Severity;

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

}
