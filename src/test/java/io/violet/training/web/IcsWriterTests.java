package io.violet.training.web;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.violet.training.AgendaItem;
import io.violet.training.Cadence;
import io.violet.training.Session;
import io.violet.training.SessionKind;
import io.violet.training.SessionStatus;
import io.violet.training.internal.CalendarEntry;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The files are read back by ical4j, a real calendar parser, and checked octet by octet.
 */
class IcsWriterTests {

	private static final Instant STAMP = Instant.parse("2031-01-02T03:04:05Z");

	private static Session session(String title, Instant start, ZoneId zone, @Nullable String recurrence,
			SessionStatus status) {
		return session(title, start, zone, recurrence, status, List.of());
	}

	private static Session session(String title, Instant start, ZoneId zone, @Nullable String recurrence,
			SessionStatus status, List<AgendaItem> agenda) {
		return new Session(12, SessionKind.WORKSHOP, null, title, start, start.plus(Duration.ofHours(1)), zone,
				recurrence, List.of(), false, null, "UORG", status, "token", null, agenda);
	}

	private static CalendarEntry single(String title, SessionStatus status, int sequence) {
		Instant start = Instant.parse("2031-09-01T10:00:00Z");
		return new CalendarEntry(session(title, start, ZoneId.of("UTC"), null, status), "S-12-1945936800@violet",
				sequence, start, Duration.ofHours(1), null, null, List.of(), status == SessionStatus.CANCELLED);
	}

	private static Calendar parse(String ics) throws Exception {
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		ValidationResult result = calendar.validate();
		assertThat(result.hasErrors()).as(result.toString()).isFalse();
		return calendar;
	}

	private static VEvent event(Calendar calendar) {
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).hasSize(1);
		return events.get(0);
	}

	private static String value(VEvent event, String property) {
		return event.getProperty(property).map(Property::getValue).orElseThrow();
	}

	/**
	 * Every physical line fits 75 octets and is valid UTF-8 on its own (no character
	 * split).
	 */
	private static void assertFolded(String ics) throws CharacterCodingException {
		assertThat(ics).endsWith("\r\n");
		for (String line : ics.split("\r\n", -1)) {
			byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
			assertThat(bytes.length).as(line).isLessThanOrEqualTo(75);
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
			assertThat(line).doesNotContain("\r").doesNotContain("\n");
		}
	}

	@Test
	void multiByteAndEmojiTitlesFoldAtOctetsWithoutSplittingACharacter() throws Exception {
		// every width of UTF-8 (1, 2, 3 and 4 octets, the last as surrogate pairs in
		// Java)
		// at every offset, so some character straddles each 75-octet boundary
		for (int pad = 0; pad < 8; pad++) {
			String title = "x".repeat(pad) + "Sécurité des modèles — 安全な機械学習 🛡️🤖 Ünïcödé ✅ " + "😀".repeat(20)
					+ " déjà-vu";
			String ics = IcsWriter.write(single(title, SessionStatus.SCHEDULED, 0), STAMP);
			assertFolded(ics);
			assertThat(ics.lines().filter((l) -> l.startsWith(" ")).count()).as("folded").isPositive();
			VEvent event = event(parse(ics));
			assertThat(value(event, Property.SUMMARY)).isEqualTo("Workshop: " + title + " (S-12)");
		}
	}

	@Test
	void lineBreaksAndSeparatorsAreEscaped() throws Exception {
		String title = "Red team; blue, team\\purple\r\nline two\rline three\nline four\u0007";
		String ics = IcsWriter.write(single(title, SessionStatus.SCHEDULED, 0), STAMP);
		assertFolded(ics);
		assertThat(ics.replace("\r\n ", ""))
			.contains("Red team\\; blue\\, team\\\\purple\\nline two\\nline three\\nline four (S-12)");
		assertThat(value(event(parse(ics)), Property.SUMMARY))
			.isEqualTo("Workshop: Red team; blue, team\\purple\nline two\nline three\nline four (S-12)");
	}

	@Test
	void aWorkshopsAgendaIsInItsDescriptionEscapedAndFolded() throws Exception {
		Instant start = Instant.parse("2031-09-01T10:00:00Z");
		List<AgendaItem> agenda = List.of(
				new AgendaItem("VT-1", "Tone & wording; \"escalate\", then\\or not\r\nsecond line", "UX and business",
						"medium"),
				new AgendaItem("VT-3", "Données personnelles réidentifiables — 個人情報 🔓 " + "é".repeat(60), "Privacy",
						"critical"));
		CalendarEntry entry = new CalendarEntry(
				session("Violet team: AI-7", start, ZoneId.of("UTC"), null, SessionStatus.SCHEDULED, agenda),
				"S-12-1945936800@violet", 1, start, Duration.ofHours(1), null, null, List.of(), false);
		String ics = IcsWriter.write(entry, STAMP);
		assertFolded(ics);
		assertThat(ics.replace("\r\n ", ""))
			.contains("DESCRIPTION:Violet workshop S-12. Answer and mark completion in Slack.\\n\\nAgenda:\\n"
					+ "VT-1 (UX and business\\, medium): Tone & wording\\; \"escalate\"\\, then\\\\or not\\nsecond line\\n"
					+ "VT-3 (Privacy\\, critical): Données");
		assertThat(value(event(parse(ics)), Property.DESCRIPTION))
			.isEqualTo("Violet workshop S-12. Answer and mark completion in Slack.\n\nAgenda:\n"
					+ "VT-1 (UX and business, medium): Tone & wording; \"escalate\", then\\or not\nsecond line\n"
					+ "VT-3 (Privacy, critical): Données personnelles réidentifiables — 個人情報 🔓 " + "é".repeat(60));
	}

	@Test
	void aSessionWithoutAnAgendaSaysOnlyWhatItIs() throws Exception {
		VEvent event = event(parse(IcsWriter.write(single("Ethics", SessionStatus.SCHEDULED, 0), STAMP)));
		assertThat(value(event, Property.DESCRIPTION))
			.isEqualTo("Violet workshop S-12. Answer and mark completion in Slack.");
	}

	@Test
	void sequenceStampAndCancellationAreWritten() throws Exception {
		VEvent scheduled = event(parse(IcsWriter.write(single("Ethics", SessionStatus.SCHEDULED, 0), STAMP)));
		VEvent cancelled = event(parse(IcsWriter.write(single("Ethics", SessionStatus.CANCELLED, 1), STAMP)));
		assertThat(value(scheduled, Property.SEQUENCE)).isEqualTo("0");
		assertThat(value(cancelled, Property.SEQUENCE)).isEqualTo("1");
		assertThat(value(scheduled, Property.DTSTAMP)).isEqualTo("20310102T030405Z");
		assertThat(value(scheduled, Property.STATUS)).isEqualTo("CONFIRMED");
		assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
		assertThat(value(scheduled, Property.UID)).isEqualTo(value(cancelled, Property.UID));
		assertThat(value(scheduled, Property.DTSTART)).isEqualTo("20310901T100000Z");
	}

	@Test
	void aWeeklySeriesKeepsItsLocalTimeAcrossDaylightSavingInEveryZone() throws Exception {
		// southern and northern hemispheres, a zone whose rule is defined in UTC and
		// falls
		// on the local evening before (Nuuk), a zone without daylight saving, UTC
		for (String id : List.of("Europe/Berlin", "America/New_York", "Australia/Sydney", "America/Nuuk",
				"Asia/Kolkata", "America/Sao_Paulo", "UTC")) {
			ZoneId zone = ZoneId.of(id);
			ZonedDateTime first = LocalDateTime.parse("2031-01-06T10:00").atZone(zone);
			Cadence cadence = Cadence.parse("weekly").orElseThrow();
			CalendarEntry entry = new CalendarEntry(
					session("Ethics", first.toInstant(), zone, "weekly", SessionStatus.SCHEDULED), "S-3-series@violet",
					0, first.toInstant(), Duration.ofHours(1), cadence, null, List.of(), false);
			String ics = IcsWriter.write(entry, STAMP);
			assertFolded(ics);
			VEvent event = event(parse(ics));
			assertThat(value(event, Property.RRULE)).as(id).isEqualTo("FREQ=WEEKLY");
			List<Instant> expected = new ArrayList<>();
			for (int week = 0; week < 104; week++) {
				expected.add(first.plusWeeks(week).toInstant());
			}
			assertThat(occurrences(event, first, first.plusWeeks(104).minusHours(1))).as(id).isEqualTo(expected);
		}
	}

	@Test
	void aStoppedSeriesEndsAndSkipsItsCancelledOccurrences() throws Exception {
		ZoneId zone = ZoneId.of("Europe/Paris");
		ZonedDateTime first = LocalDateTime.parse("2031-03-03T09:30").atZone(zone);
		Cadence cadence = Cadence.parse("2w").orElseThrow();
		Instant skipped = first.plusWeeks(4).toInstant();
		Instant last = first.plusWeeks(8).toInstant();
		CalendarEntry entry = new CalendarEntry(
				session("Drill, à la carte 🔥", last, zone, "2w", SessionStatus.CANCELLED), "S-3-series@violet", 2,
				first.toInstant(), Duration.ofMinutes(45), cadence, last, List.of(skipped, last), false);
		String ics = IcsWriter.write(entry, STAMP);
		assertFolded(ics);
		VEvent event = event(parse(ics));
		assertThat(value(event, Property.RRULE)).contains("FREQ=WEEKLY").contains("INTERVAL=2").contains("UNTIL=");
		assertThat(value(event, Property.SEQUENCE)).isEqualTo("2");
		assertThat(occurrences(event, first, first.plusYears(1))).containsExactly(first.toInstant(),
				first.plusWeeks(2).toInstant(), first.plusWeeks(6).toInstant());
	}

	@Test
	void cadencesBecomeRules() {
		assertThat(IcsWriter.rule(Cadence.parse("monthly").orElseThrow())).isEqualTo("FREQ=MONTHLY");
		assertThat(IcsWriter.rule(Cadence.parse("quarterly").orElseThrow())).isEqualTo("FREQ=MONTHLY;INTERVAL=3");
		assertThat(IcsWriter.rule(Cadence.parse("semi-annual").orElseThrow())).isEqualTo("FREQ=MONTHLY;INTERVAL=6");
		assertThat(IcsWriter.rule(Cadence.parse("yearly").orElseThrow())).isEqualTo("FREQ=YEARLY");
		assertThat(IcsWriter.rule(Cadence.parse("10d").orElseThrow())).isEqualTo("FREQ=DAILY;INTERVAL=10");
		assertThat(IcsWriter.rule(Cadence.parse("3w").orElseThrow())).isEqualTo("FREQ=WEEKLY;INTERVAL=3");
	}

	private static List<Instant> occurrences(VEvent event, ZonedDateTime from, ZonedDateTime to) {
		Set<Period<Temporal>> set = event.calculateRecurrenceSet(new Period<>(from, to));
		return set.stream()
			.map((p) -> Instant.from(p.getStart()))
			.collect(Collectors.toCollection(TreeSet::new))
			.stream()
			.toList();
	}

}
