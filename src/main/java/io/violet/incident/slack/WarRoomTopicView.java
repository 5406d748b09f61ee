package io.violet.incident.slack;

import io.violet.incident.Incident;
import io.violet.slack.Mrkdwn;

/**
 * A war room's channel topic and purpose.
 */
final class WarRoomTopicView {

	private WarRoomTopicView() {
	}

	/**
	 * The tag a war room's purpose carries, for people and searches. It proves nothing:
	 * anyone can write it into a channel's purpose, so setup never trusts it.
	 * @param incident the incident
	 * @return e.g. {@code violet-incident-42}
	 */
	static String marker(Incident incident) {
		return "violet-incident-" + incident.id();
	}

	static String topic(Incident incident) {
		String commander = incident.commander().map(Mrkdwn::user).orElse("no commander yet");
		return Mrkdwn
			.truncate((incident.drill() ? "DRILL · " : "") + incident.label() + " · " + incident.severity().key()
					+ " · " + incident.status().key() + (incident.closedAt().isPresent() ? " (closed)" : "") + " · "
					+ incident.type().key() + " · commander " + commander, 250);
	}

	static String purpose(Incident incident) {
		String tail = " (" + marker(incident) + ")";
		return Mrkdwn.escapeAndTruncate((incident.drill() ? "DRILL: " : "AI incident: ") + incident.title(),
				250 - tail.length()) + tail;
	}

}
