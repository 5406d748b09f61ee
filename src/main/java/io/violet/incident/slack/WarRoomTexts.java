package io.violet.incident.slack;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.violet.incident.Incident;
import io.violet.incident.Playbook;
import io.violet.slack.Mrkdwn;

/**
 * Pieces of text that several war-room surfaces share.
 */
final class WarRoomTexts {

	/** A mention as it reads once escaped, to be turned back into a mention. */
	static final Pattern MENTION = Pattern.compile("&lt;@([A-Z0-9]{2,32})&gt;");

	/** Plain UTC times, for files that cannot show each reader's zone. */
	static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneId.of("UTC"));

	private WarRoomTexts() {
	}

	static String references(Playbook playbook) {
		List<String> parts = new ArrayList<>();
		if (!playbook.atlas().isEmpty()) {
			parts.add("MITRE ATLAS: " + playbook.atlas()
				.stream()
				.map((r) -> "`" + r.id() + "` " + Mrkdwn.escape(r.name()))
				.collect(Collectors.joining(", ")));
		}
		if (!playbook.owasp().isEmpty()) {
			parts.add("OWASP: " + playbook.owasp()
				.stream()
				.map((r) -> "`" + r.id() + "` " + Mrkdwn.escape(r.name()))
				.collect(Collectors.joining(", ")));
		}
		return String.join(" · ", parts);
	}

	static Optional<String> initiative(Incident incident) {
		return incident.initiativeKey()
			.map((k) -> "`" + Mrkdwn.escape(k) + "`")
			.or(() -> incident.initiativeText().map((t) -> Mrkdwn.escapeAndTruncate(t, 100)));
	}

	static String elapsed(Duration duration) {
		long minutes = duration.toMinutes();
		if (minutes < 60) {
			return minutes + " min";
		}
		if (minutes < 48 * 60) {
			return (minutes / 60) + " h " + (minutes % 60) + " min";
		}
		return (minutes / (24 * 60)) + " d " + ((minutes / 60) % 24) + " h";
	}

	static String capitalise(String key) {
		return Character.toUpperCase(key.charAt(0)) + key.substring(1);
	}

}
