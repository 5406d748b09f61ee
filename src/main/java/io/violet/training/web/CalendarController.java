package io.violet.training.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import io.violet.training.Session;
import io.violet.training.TrainingSessions;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /calendar/S-n.ics?t=<token>}: a session's calendar file for the links in
 * invitations. A wrong or missing token is a 404, like an unknown session.
 */
@RestController
class CalendarController {

	private static final DateTimeFormatter ICS = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final TrainingSessions sessions;

	CalendarController(TrainingSessions sessions) {
		this.sessions = sessions;
	}

	@GetMapping("/calendar/{file:.+}")
	ResponseEntity<String> ics(@PathVariable("file") String file,
			@RequestParam(name = "t", required = false) String token) {
		if (token == null || token.isBlank() || !file.endsWith(".ics")) {
			return notFound();
		}
		Optional<Long> id = TrainingSessions.parseKey(file.substring(0, file.length() - 4));
		if (id.isEmpty()) {
			return notFound();
		}
		Optional<Session> session = this.sessions.byCalendarToken(id.get(), token);
		return session
			.map((s) -> ResponseEntity.ok()
				.contentType(CALENDAR)
				.header("Content-Disposition", "attachment; filename=\"" + s.key() + ".ics\"")
				.header("Cache-Control", "no-store")
				.body(ics(s)))
			.orElseGet(CalendarController::notFound);
	}

	static String ics(Session s) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Violet//Trainings//EN");
		line(out, "METHOD:PUBLISH");
		line(out, "BEGIN:VEVENT");
		line(out, "UID:" + s.key() + "-" + s.startsAt().getEpochSecond() + "@violet");
		line(out, "DTSTAMP:" + ICS.format(Instant.now()));
		line(out, "DTSTART:" + ICS.format(s.startsAt()));
		line(out, "DTEND:" + ICS.format(s.endsAt()));
		line(out, "SUMMARY:" + escape(s.kind().label() + ": " + s.title() + " (" + s.key() + ")"));
		line(out, "DESCRIPTION:" + escape("Violet " + s.kind().label().toLowerCase(java.util.Locale.ROOT) + " "
				+ s.key() + ". Answer and mark completion in Slack."));
		line(out, "STATUS:" + (s.cancelled() ? "CANCELLED" : "CONFIRMED"));
		line(out, "END:VEVENT");
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	private static void line(StringBuilder out, String line) {
		// RFC 5545: lines longer than 75 octets are folded
		String rest = line;
		boolean first = true;
		while (rest.length() > 73) {
			out.append(first ? "" : " ").append(rest, 0, 73).append("\r\n");
			rest = rest.substring(73);
			first = false;
		}
		out.append(first ? "" : " ").append(rest).append("\r\n");
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
	}

	private static ResponseEntity<String> notFound() {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body("Not found");
	}

}
