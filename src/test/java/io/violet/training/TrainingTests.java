package io.violet.training;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.violet.audit.AuditTrail;
import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.testing.SlackTestSupport;
import io.violet.training.internal.DrillOpener;
import io.violet.training.internal.Reminders;
import io.violet.training.internal.SeriesOccurrences;
import io.violet.training.slack.DeliveryWorker;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class TrainingTests extends SlackTestSupport {

	@Autowired
	Directory directory;

	@Autowired
	TrainingSessions sessions;

	@Autowired
	SeriesOccurrences occurrences;

	@Autowired
	Reminders reminders;

	@Autowired
	Compliance compliance;

	@Autowired
	DeliveryWorker worker;

	@Autowired
	io.violet.directory.UserFacts userFacts;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcTemplate jdbc;

	private static String uid(String prefix) {
		return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
	}

	private static long idIn(String text) {
		var m = java.util.regex.Pattern.compile("\\(S-(\\d+)\\)").matcher(text);
		assertThat(m.find()).as(text).isTrue();
		return Long.parseLong(m.group(1));
	}

	private List<Map<String, String>> postsTo(String user) {
		return this.slack.calls("chat.postMessage")
			.stream()
			.filter((c) -> ("D" + user).equals(c.get("channel")))
			.toList();
	}

	private Answer click(String user, String actionId, long sessionId) {
		String payload = "{\"type\":\"block_actions\",\"user\":{\"id\":\"" + user + "\"},\"api_app_id\":\"A0001\","
				+ "\"token\":\"legacy\",\"team\":{\"id\":\"T0001\"},\"trigger_id\":\"trig-" + UUID.randomUUID()
				+ "\",\"channel\":{\"id\":\"D" + user
				+ "\"},\"container\":{\"type\":\"message\",\"message_ts\":\"1.1\"," + "\"channel_id\":\"D" + user
				+ "\"},\"message\":{\"ts\":\"1.1\",\"text\":\"x\"}," + "\"response_url\":\""
				+ this.slack.responseUrl("click") + "\",\"actions\":[{\"action_id\":\"" + actionId
				+ "\",\"block_id\":\"b\",\"value\":\"" + sessionId + "\",\"type\":\"button\",\"action_ts\":\"1.2\"}]}";
		return interaction(payload);
	}

	@Test
	void scheduleInvitesRoleOwnersAndTheOrganiserSeesAnswers() {
		String legal = uid("UL");
		String hr = uid("UH");
		String guest = uid("UG");
		this.directory.assign(Role.LEGAL, List.of(legal), false, ADMIN);
		this.directory.assign(Role.HR, List.of(hr), false, ADMIN);
		Answer answer = command(hr, "training schedule regulatory-workshop 2031-03-02 14:30 --tz Europe/Berlin "
				+ "--roles legal --invite <@" + guest + "|guest>");
		assertThat(answer.text()).contains("Scheduled").contains("Inviting 2 people");
		long id = idIn(answer.text());
		Session session = this.sessions.find(id).orElseThrow();
		assertThat(session.startsAt()).isEqualTo(Instant.parse("2031-03-02T13:30:00Z"));

		await().atMost(Duration.ofSeconds(20))
			.until(() -> postsTo(legal).size() == 1 && postsTo(guest).size() == 1 && postsTo(hr).size() == 1);
		Map<String, String> invite = postsTo(legal).get(0);
		assertThat(invite.get("blocks")).contains("training_rsvp_going")
			.contains("training_rsvp_decline")
			.contains("calendar.google.com")
			.contains("outlook.office.com")
			.contains("date^" + session.startsAt().getEpochSecond() + "^");
		assertThat(invite.get("metadata")).contains("violet_training_delivery");
		// the organiser's view of the answers
		assertThat(postsTo(hr).get(0).get("blocks")).contains("training_attendance_open");

		assertThat(click(legal, "training_rsvp_going", id).status()).isEqualTo(200);
		assertThat(this.sessions.rsvpOf(id, legal)).contains(Rsvp.GOING);
		awaitCalls("chat.update", 1,
				(u) -> u.getOrDefault("blocks", "").contains(legal) && u.get("blocks").contains("Going (1)"));
		// a double click changes nothing
		click(legal, "training_rsvp_going", id);
		assertThat(this.audit.about("session:S-" + id).stream().filter((e) -> e.action().equals("training.rsvp")))
			.hasSize(1);
		// nothing sent twice
		this.worker.drain();
		assertThat(postsTo(legal)).hasSize(1);
	}

	@Test
	void timesAreEnteredInTheGivenZoneAndShownInEachReadersZone() {
		String hr = uid("UH");
		String person = uid("UP");
		this.directory.assign(Role.HR, List.of(hr), false, ADMIN);
		for (String zone : List.of("America/New_York", "Europe/Berlin", "Asia/Tokyo")) {
			Answer answer = command(hr, "workshop schedule \"Red team our chatbot\" 2031-07-01 09:00 --roles hr --tz "
					+ zone + " --invite <@" + person + ">");
			long id = idIn(answer.text());
			Instant expected = LocalDateTime.parse("2031-07-01T09:00").atZone(ZoneId.of(zone)).toInstant();
			assertThat(this.sessions.find(id).orElseThrow().startsAt()).isEqualTo(expected);
			assertThat(answer.text()).contains("<!date^" + expected.getEpochSecond() + "^");
		}
		// without --tz, the scheduler's zone as Slack gave it; for someone Violet has not
		// seen yet, the organisation's, said in the reply (Slack is asked after the
		// answer). The work after the earlier commands may have looked the user up
		// meanwhile: forget that, so that the user is one Violet has not seen
		this.jdbc.update("DELETE FROM user_fact WHERE user_id = ?", hr);
		assertThat(command(hr, "workshop schedule \"Zone not known\" 2031-07-01 09:00 --roles hr").text())
			.contains("does not know your time zone yet", "(UTC)");
		await().until(() -> this.userFacts.cached(hr).isPresent());
		assertThat(this.sessions
			.find(idIn(command(hr, "workshop schedule \"No zone\" 2031-07-01 09:00 --roles hr").text()))
			.orElseThrow()
			.zone()).as("the scheduler's Slack zone").isEqualTo(ZoneId.of("Europe/Berlin"));
	}

	@Test
	void wrongInputIsRefusedWithTheRightFormAndNothingIsScheduled() {
		String hr = uid("UH");
		this.directory.assign(Role.HR, List.of(hr), false, ADMIN);
		Integer before = this.jdbc.queryForObject("SELECT COUNT(*) FROM training_session", Integer.class);
		assertThat(command(hr, "training schedule ai-literacy 2031-02-30 10:00").text()).contains("not a real date")
			.contains("yyyy-MM-dd HH:mm");
		assertThat(command(hr, "training schedule ai-literacy tomorrow").text()).contains("yyyy-MM-dd HH:mm");
		assertThat(command(hr, "training schedule ai-literacy 2020-01-01 10:00 --tz UTC").text())
			.contains("in the past");
		assertThat(command(hr, "training schedule ai-literacy 2031-01-01 10:00 --tz Mars/Olympus").text())
			.contains("Unknown time zone");
		assertThat(command(hr, "training schedule knitting 2031-01-01 10:00").text()).contains("Unknown topic");
		assertThat(command(hr, "training schedule ai-literacy 2031-01-01 10:00 --roles wizard").text())
			.contains("Unknown role `wizard`");
		assertThat(command(hr, "training schedule ai-literacy 2031-01-01 10:00 --every fortnightly").text())
			.contains("Unknown cadence");
		assertThat(command(hr, "training schedule ai-literacy 2031-03-30 02:30 --tz Europe/Berlin").text())
			.contains("does not exist");
		assertThat(command(hr, "drill schedule alien-attack 2031-01-01 10:00").text())
			.contains("Unknown incident type");
		assertThat(command(uid("UX"), "training schedule ai-literacy 2031-01-01 10:00").text()).contains("Only hr");
		assertThat(command(hr, "training cancel 12").text()).contains("look like `S-12`");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM training_session", Integer.class)).isEqualTo(before);
	}

	@Test
	void aRoleWithoutOwnersIsRefusedAndOthersCannotCancel() {
		String hr = uid("UH");
		this.directory.assign(Role.HR, List.of(hr), false, ADMIN);
		this.jdbc.update("DELETE FROM role_member WHERE role_key = 'procurement'");
		assertThat(command(hr, "workshop schedule \"Vendors\" 2031-05-01 10:00 --roles procurement").text())
			.contains("No one owns `procurement`");
		long id = idIn(command(hr, "workshop schedule \"Vendors\" 2031-05-01 10:00 --roles hr").text());
		assertThat(command(uid("UX"), "training cancel S-" + id).text()).contains("Only its organiser");
		assertThat(command(hr, "training cancel S-" + id).text()).contains("Cancelled");
		assertThat(this.sessions.find(id).orElseThrow().cancelled()).isTrue();
		assertThat(command(hr, "training cancel S-" + id).text()).contains("nothing changed");
	}

	@Test
	void remindersGoToThoseGoingOrUndecidedAndAreDroppedOnceTheSessionStarted() {
		String hr = uid("UH");
		String going = uid("UA");
		String declined = uid("UB");
		this.directory.assign(Role.HR, List.of(hr), false, ADMIN);
		long id = idIn(
				command(hr, "workshop schedule \"Threat model jam\" 2031-04-01 10:00 --tz UTC --roles hr --invite <@"
						+ going + "> <@" + declined + ">")
					.text());
		// the invites are queued after the command's answer
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.queryForObject(
					"SELECT COUNT(*) FROM training_delivery WHERE session_id = ? AND kind = 'INVITE'", Integer.class,
					id) >= 2);
		this.worker.drain();
		await().atMost(Duration.ofSeconds(30)).until(() -> postsTo(declined).size() == 1);
		assertThat(this.sessions.rsvp(id, declined, Rsvp.NOT_GOING)).isEqualTo(TrainingSessions.RsvpOutcome.RECORDED);
		assertThat(this.sessions.rsvp(id, going, Rsvp.GOING)).isEqualTo(TrainingSessions.RsvpOutcome.RECORDED);

		long expected = this.sessions.invitees(id).stream().filter((i) -> i.rsvp() != Rsvp.NOT_GOING).count();
		assertThat(expected).isGreaterThanOrEqualTo(2);
		assertThat(this.reminders.fire(id, "H24")).isEqualTo((int) expected);
		assertThat(this.reminders.fire(id, "H24")).as("a second firing changes nothing").isZero();
		this.worker.drain();
		await().until(() -> postsTo(going).size() == 2);
		assertThat(postsTo(going).get(1).get("text")).contains("Reminder").contains("tomorrow");
		assertThat(postsTo(declined)).hasSize(1);

		this.clock.set(Instant.parse("2031-04-01T10:05:00Z"));
		assertThat(this.reminders.fire(id, "H1")).as("misfired after the start: dropped").isZero();
		assertThat(this.audit.about("session:S-" + id))
			.anySatisfy((e) -> assertThat(e.action()).isEqualTo("training.reminder-dropped"));
	}

	@Test
	void attendeesCompleteAndTheEvidenceIsExported() {
		String hr = uid("UH");
		String person = uid("UP");
		this.directory.assign(Role.HR, List.of(hr), false, ADMIN);
		long id = idIn(
				command(hr, "training schedule secure-llm-dev 2031-06-01 10:00 --tz UTC --invite <@" + person + ">")
					.text());
		click(person, "training_complete", id);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM training_completion WHERE session_id = ?",
				Integer.class, id))
			.as("not before it started")
			.isZero();

		this.clock.set(Instant.parse("2031-06-01T11:00:00Z"));
		click(person, "training_complete", id);
		click(person, "training_complete", id);
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM training_completion WHERE session_id = ? AND user_id = ?", Integer.class, id,
				person))
			.isEqualTo(1);
		assertThat(this.compliance.statusOf(person)).anySatisfy((s) -> {
			assertThat(s.topic().key()).isEqualTo("ai-literacy");
			assertThat(s.overdue()).isTrue();
		});
		assertThat(command(person, "training status").text()).contains("AI literacy baseline").contains("overdue");
		assertThat(command(person, "training status <@" + hr + ">").text()).contains("Only hr and compliance");
		assertThat(command(person, "training export").text()).contains("Only hr and compliance");

		String upload = this.slack.responseUrl("upload-" + id);
		this.slack.stub("files.getUploadURLExternal",
				"{\"ok\":true,\"upload_url\":\"" + upload + "\",\"file_id\":\"F1\"}");
		this.slack.stub("files.completeUploadExternal", "{\"ok\":true,\"files\":[{\"id\":\"F1\"}]}");
		String trigger = "trigger-export-" + UUID.randomUUID();
		// the file is named for Violet's clock, not the machine's
		this.clock.advance(Duration.ofDays(400));
		String today = java.time.LocalDate.ofInstant(this.clock.instant(), java.time.ZoneOffset.UTC).toString();
		assertThat(command(hr, "CGENERAL", "training export", trigger).text()).contains("Exporting");
		awaitCalls("files.completeUploadExternal", 1, (c) -> ("D" + hr).equals(c.get("channel_id")));
		assertThat(this.slack.calls("files.getUploadURLExternal")).anySatisfy(
				(c) -> assertThat(c.get("filename")).isEqualTo("violet-training-completions-" + today + ".csv"));
		assertThat(this.audit.about("training:completions"))
			.anySatisfy((e) -> assertThat(e.action()).isEqualTo("training.exported"));
		await().until(() -> !this.slack.responses("upload-" + id).isEmpty());
		String csv = this.slack.responses("upload-" + id).get(0);
		assertThat(csv).contains("user_id,topic_key")
			.contains(person + ",secure-llm-dev,Secure LLM development,S-" + id);
	}

	@Test
	void overdueDigestAndHumanOversightOnBecomingAnOperator() {
		String operator = uid("UO");
		this.directory.assign(Role.AI_OPERATOR, List.of(operator), false, ADMIN);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> postsTo(operator).stream().anyMatch((c) -> c.get("text").contains("human-oversight")));
		assertThat(this.compliance.overdue().get(operator)).extracting((s) -> s.topic().key())
			.contains("human-oversight");

		this.slack.stub("users.list", "{\"ok\":true,\"members\":[{\"id\":\"" + operator
				+ "\",\"tz\":\"Europe/Berlin\"},{\"id\":\"UBOTX\",\"is_bot\":true}],\"response_metadata\":{\"next_cursor\":\"\"}}");
		this.compliance.queueDigest();
		this.compliance.queueDigest();
		this.worker.drain();
		await().until(() -> postsTo(operator).stream().anyMatch((c) -> c.get("text").contains("overdue for")));
		assertThat(postsTo(operator).stream().filter((c) -> c.get("text").contains("overdue for"))).hasSize(1);
		assertThat(postsTo("UBOTX")).isEmpty();
	}

	@Test
	void usersWhoLeftAreRecordedAsFailedWithTheReason() {
		String hr = uid("UH");
		String gone = uid("UZ");
		this.directory.assign(Role.HR, List.of(hr), false, ADMIN);
		this.slack.server()
			.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/api/conversations.open")
				.withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing(gone))
				.atPriority(10)
				.willReturn(com.github.tomakehurst.wiremock.client.WireMock
					.okJson("{\"ok\":false,\"error\":\"user_disabled\"}")));
		long id = idIn(command(hr, "workshop schedule \"Ethics\" 2031-08-01 10:00 --roles hr --invite <@" + gone + ">")
			.text());
		// the invites are queued after the command's answer
		await().until(() -> this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM training_delivery WHERE session_id = ? AND user_id = ?", Integer.class, id,
				gone) == 1);
		this.worker.drain();
		await().until(() -> !this.sessions.find(id).isEmpty() && this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM training_delivery WHERE session_id = ? AND status = 'FAILED'", Integer.class,
				id) == 1);
		assertThat(this.jdbc.queryForObject("SELECT reason FROM training_delivery WHERE session_id = ? AND user_id = ?",
				String.class, id, gone))
			.isEqualTo("user_disabled");
	}

	@Test
	void calendarFileNeedsItsToken() throws Exception {
		String hr = uid("UH");
		this.directory.assign(Role.HR, List.of(hr), false, ADMIN);
		long id = idIn(command(hr, "workshop schedule \"Calendar, test\" 2031-09-01 10:00 --tz UTC --roles hr").text());
		String token = this.sessions.find(id).orElseThrow().calendarToken();
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> ok = http.send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/calendar/S-" + id + ".ics?t=" + token))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(ok.statusCode()).isEqualTo(200);
		assertThat(ok.body()).contains("BEGIN:VCALENDAR")
			.contains("DTSTART:20310901T100000Z")
			.contains("Calendar\\, test");
		for (String query : List.of("?t=wrong", "", "?t=")) {
			HttpResponse<String> bad = http.send(HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/calendar/S-" + id + ".ics" + query))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(bad.statusCode()).isEqualTo(404);
		}
		assertThat(http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/calendar/S-x.ics?t=a")).build(),
					HttpResponse.BodyHandlers.ofString())
			.statusCode()).isEqualTo(404);
	}

	private String calendarFile(long id) throws Exception {
		String token = this.sessions.find(id).orElseThrow().calendarToken();
		HttpResponse<String> ok = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/calendar/S-" + id + ".ics?t=" + token))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(ok.statusCode()).isEqualTo(200);
		return ok.body().replace("\r\n ", "");
	}

	@Test
	void calendarFileRevisionRisesWhenTheSessionIsCancelledAndItsStampIsTheClock() throws Exception {
		String hr = uid("UH");
		this.directory.assign(Role.HR, List.of(hr), false, ADMIN);
		long id = idIn(command(hr, "workshop schedule \"Sécurité 🛡️\" 2031-09-01 10:00 --tz UTC --roles hr").text());
		this.clock.set(Instant.parse("2031-08-01T12:34:56Z"));
		String before = calendarFile(id);
		assertThat(before).contains("SEQUENCE:0\r\n")
			.contains("DTSTAMP:20310801T123456Z\r\n")
			.contains("STATUS:CONFIRMED")
			.contains("Sécurité 🛡️");
		assertThat(command(hr, "training cancel S-" + id).text()).contains("S-" + id);
		String after = calendarFile(id);
		assertThat(after).contains("SEQUENCE:1\r\n").contains("STATUS:CANCELLED");
		assertThat(uidOf(after)).isEqualTo(uidOf(before));
	}

	@Test
	void aSeriesIsOneCalendarEntryWithItsRuleAndItsCancelledOccurrences() throws Exception {
		String hr = uid("UH");
		this.directory.assign(Role.HR, List.of(hr), false, ADMIN);
		long id = idIn(command(hr,
				"training schedule ethical-ai 2031-03-24 10:00 --tz Europe/Berlin --every weekly --roles hr")
			.text());
		String first = calendarFile(id);
		assertThat(first).contains("RRULE:FREQ=WEEKLY\r\n")
			.contains("DTSTART;TZID=Europe/Berlin:20310324T100000")
			.contains("BEGIN:VTIMEZONE")
			.contains("SEQUENCE:0\r\n");
		this.clock.set(Instant.parse("2031-03-24T09:00:01Z"));
		Session next = this.occurrences.next(id).orElseThrow();
		String second = calendarFile(next.id());
		assertThat(uidOf(second)).as("the same entry").isEqualTo(uidOf(first));
		assertThat(second).contains("DTSTART;TZID=Europe/Berlin:20310324T100000");
		assertThat(this.sessions.cancel(next.id(), hr)).isPresent();
		String stopped = calendarFile(id);
		assertThat(stopped).contains("UNTIL=20310331T080000Z")
			.contains("EXDATE;TZID=Europe/Berlin:20310331T100000")
			.doesNotContain("EXDATE;TZID=Europe/Berlin:20310324T100000")
			.contains("STATUS:CONFIRMED");
		assertThat(sequenceOf(stopped)).isGreaterThan(sequenceOf(second));
	}

	private static String uidOf(String ics) {
		return ics.lines().filter((l) -> l.startsWith("UID:")).findFirst().orElseThrow();
	}

	private static int sequenceOf(String ics) {
		return Integer
			.parseInt(ics.lines().filter((l) -> l.startsWith("SEQUENCE:")).findFirst().orElseThrow().substring(9));
	}

	@Test
	void recurrenceKeepsTheLocalTimeAcrossDaylightSaving() {
		String hr = uid("UH");
		this.directory.assign(Role.HR, List.of(hr), false, ADMIN);
		// 10:00 in Berlin on the Monday before the clocks go forward on 30 March 2031
		long id = idIn(command(hr,
				"training schedule ethical-ai 2031-03-24 10:00 --tz Europe/Berlin --every weekly --roles hr")
			.text());
		assertThat(this.sessions.find(id).orElseThrow().startsAt()).isEqualTo(Instant.parse("2031-03-24T09:00:00Z"));
		this.clock.set(Instant.parse("2031-03-24T09:00:01Z"));
		Session next = this.occurrences.next(id).orElseThrow();
		assertThat(next.startsAt()).as("still 10:00 in Berlin, now CEST")
			.isEqualTo(Instant.parse("2031-03-31T08:00:00Z"));
		assertThat(this.occurrences.next(id)).as("created once").isEmpty();
		assertThat(this.sessions.invitees(next.id())).extracting(TrainingSessions.InviteeAnswer::userId).contains(hr);
	}

	@Test
	void aDrillAtItsTimeOpensAMarkedRoomThroughTheIncidentModule() {
		String commander = uid("UC");
		this.directory.assign(Role.INCIDENT_COMMANDER, List.of(commander), false, ADMIN);
		Answer answer = command(commander, "drill schedule prompt-injection 2031-10-01 10:00 --tz UTC");
		assertThat(answer.text()).contains("Scheduled");
		long id = idIn(answer.text());
		Session drill = this.sessions.find(id).orElseThrow();
		assertThat(drill.kind()).isEqualTo(SessionKind.DRILL);
		assertThat(drill.incidentType()).isEqualTo("prompt-injection");
		this.clock.set(drill.startsAt());
		assertThat(this.drillOpener.open(id).orElseThrow().status()).isEqualTo(SessionStatus.DRILL_OPENED);
		assertThat(this.drillOpener.open(id).orElseThrow().status()).isEqualTo(SessionStatus.DRILL_OPENED);
		await().until(() -> this.slack.calls("conversations.create")
			.stream()
			.filter((c) -> c.get("name").startsWith("drill-20311001-"))
			.count() == 1);
	}

	@Autowired
	DrillOpener drillOpener;

}
