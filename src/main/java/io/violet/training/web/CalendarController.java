package io.violet.training.web;

import java.time.Clock;
import java.util.Optional;

import io.violet.training.SessionKey;
import io.violet.training.internal.CalendarEntry;
import io.violet.training.internal.SessionCalendar;

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

	private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final SessionCalendar calendar;

	private final Clock clock;

	CalendarController(SessionCalendar calendar, Clock clock) {
		this.calendar = calendar;
		this.clock = clock;
	}

	@GetMapping("/calendar/{file:.+}")
	ResponseEntity<String> ics(@PathVariable("file") String file,
			@RequestParam(name = "t", required = false) String token) {
		if (token == null || token.isBlank() || !file.endsWith(".ics")) {
			return notFound();
		}
		Optional<Long> id = SessionKey.parse(file.substring(0, file.length() - 4)).map(SessionKey::id);
		if (id.isEmpty()) {
			return notFound();
		}
		Optional<CalendarEntry> entry = this.calendar.entry(id.get(), token);
		return entry
			.map((e) -> ResponseEntity.ok()
				.contentType(CALENDAR)
				.header("Content-Disposition", "attachment; filename=\"" + e.session().key() + ".ics\"")
				.header("Cache-Control", "no-store")
				.body(IcsWriter.write(e, this.clock.instant())))
			.orElseGet(CalendarController::notFound);
	}

	private static ResponseEntity<String> notFound() {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body("Not found");
	}

}
