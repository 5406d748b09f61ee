package io.violet.training.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import io.violet.training.Session;
import io.violet.training.SessionKind;
import io.violet.training.SessionStatus;
import io.violet.training.internal.CalendarEntry;
import io.violet.training.internal.SessionCalendar;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The calendar link's HTTP contract alone: a file for the right token, the same 404 for
 * every wrong link, and headers that keep the file out of caches. The calendar is a
 * stand-in; {@code IcsWriterTests} check the file's content.
 */
@WebMvcTest(controllers = CalendarController.class,
		properties = { "spring.datasource.url=jdbc:mariadb://127.0.0.1:3306/unused", "violet.slack.bot-token=xoxb-test",
				"violet.slack.signing-secret=test-secret" })
class CalendarControllerTests {

	private static final Instant NOW = Instant.parse("2031-08-20T09:00:00Z");

	private static final Instant START = Instant.parse("2031-09-01T10:00:00Z");

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	SessionCalendar calendar;

	@Test
	void theRightTokenGetsTheSessionsCalendarFile() {
		given(this.calendar.entry(12, "s3cret")).willReturn(Optional.of(entry()));

		assertThat(this.mvc.get().uri("/calendar/S-12.ics?t=s3cret")).hasStatusOk()
			.hasContentType("text/calendar;charset=UTF-8")
			.hasHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"S-12.ics\"")
			.hasHeader(HttpHeaders.CACHE_CONTROL, "no-store")
			.bodyText()
			.startsWith("BEGIN:VCALENDAR\r\n")
			.contains("UID:S-12-1945936800@violet\r\n")
			.contains("DTSTAMP:20310820T090000Z\r\n")
			.contains("DTSTART:20310901T100000Z\r\n")
			.endsWith("END:VCALENDAR\r\n");
	}

	@Test
	void aWrongTokenIsNotFoundLikeAnUnknownSession() {
		assertThat(this.mvc.get().uri("/calendar/S-12.ics?t=guess")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.TEXT_PLAIN)
			.bodyText()
			.isEqualTo("Not found");
		verify(this.calendar).entry(12, "guess");
	}

	@Test
	void aLinkWithoutATokenIsNotFoundWithoutALookUp() {
		assertThat(this.mvc.get().uri("/calendar/S-12.ics")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/calendar/S-12.ics?t=")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/calendar/S-12.ics").param("t", "  ")).hasStatus(HttpStatus.NOT_FOUND);
		verifyNoInteractions(this.calendar);
	}

	@Test
	void aFileThatIsNoSessionsCalendarIsNotFoundWithoutALookUp() {
		given(this.calendar.entry(anyLong(), anyString())).willReturn(Optional.of(entry()));

		for (String file : List.of("S-12.txt", "S-12", "12.ics", "S-x.ics", "S-12.ics.ics")) {
			assertThat(this.mvc.get().uri("/calendar/" + file + "?t=s3cret")).as(file)
				.hasStatus(HttpStatus.NOT_FOUND)
				.bodyText()
				.isEqualTo("Not found");
		}
		verifyNoInteractions(this.calendar);
	}

	private static CalendarEntry entry() {
		Session session = new Session(12, SessionKind.WORKSHOP, null, "Prompt injection", START,
				START.plus(Duration.ofHours(1)), ZoneId.of("UTC"), null, List.of(), false, null, "UORG",
				SessionStatus.SCHEDULED, "s3cret", null, List.of());
		return new CalendarEntry(session, "S-12-1945936800@violet", 0, START, Duration.ofHours(1), null, null,
				List.of(), false);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class StandingClock {

		@Bean
		Clock clock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

	}

}
