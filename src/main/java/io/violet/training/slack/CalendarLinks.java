package io.violet.training.slack;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import io.violet.training.Session;
import io.violet.training.internal.TrainingSettings;

import org.springframework.stereotype.Component;

/**
 * "Add to calendar" links: Google Calendar and Outlook deep links, and the {@code .ics}
 * file Violet serves with the session's secret token.
 */
@Component
class CalendarLinks {

	private static final DateTimeFormatter GOOGLE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final String publicUrl;

	CalendarLinks(TrainingSettings settings) {
		String url = settings.publicUrl().strip();
		this.publicUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	String google(Session session) {
		return "https://calendar.google.com/calendar/render?action=TEMPLATE&text=" + enc(title(session)) + "&dates="
				+ GOOGLE.format(session.startsAt()) + "/" + GOOGLE.format(session.endsAt()) + "&details="
				+ enc(details(session));
	}

	String outlook(Session session) {
		return "https://outlook.office.com/calendar/0/deeplink/compose?path=%2Fcalendar%2Faction%2Fcompose&rru=addevent"
				+ "&subject=" + enc(title(session)) + "&startdt=" + enc(iso(session.startsAt())) + "&enddt="
				+ enc(iso(session.endsAt())) + "&body=" + enc(details(session));
	}

	Optional<String> ics(Session session) {
		if (this.publicUrl.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(this.publicUrl + "/calendar/" + session.key() + ".ics?t=" + session.calendarToken());
	}

	static String title(Session session) {
		return session.kind().label() + ": " + session.title() + " (" + session.key() + ")";
	}

	static String details(Session session) {
		return "Violet " + session.kind().label().toLowerCase(java.util.Locale.ROOT) + " " + session.key()
				+ ". Answer and mark completion in Slack.";
	}

	private static String iso(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS).toString();
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
