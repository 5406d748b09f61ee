package io.violet.teaming.slack;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.violet.directory.Role;
import io.violet.teaming.Lens;
import io.violet.teaming.internal.Question;
import io.violet.teaming.internal.SessionView;
import io.violet.teaming.internal.TeamingStarts;
import io.violet.training.Session;
import io.violet.training.SessionKey;
import io.violet.training.SessionKind;
import io.violet.training.TrainingSessions;
import io.violet.training.slack.DeliveryWorker;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code teaming start --meet}: the interdisciplinary workshop is scheduled through the
 * training module's events, at the time typed in the starter's own zone, for every
 * participant and the initiative's owner; the session card names it with the open
 * findings as its agenda, and so do the invitations and the calendar file, kept current
 * as findings are raised and closed.
 */
class TeamingWorkshopTests extends TeamingTestSupport {

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	@Autowired
	TrainingSessions trainings;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DeliveryWorker deliveries;

	String owner;

	Map<Lens, String> people;

	@BeforeEach
	void people() {
		vacateLensRoles();
		this.owner = user("OWNER");
		this.people = Map.of(Lens.ML, user("ML"), Lens.SECURITY, user("SEC"), Lens.PRIVACY, user("PRIV"), Lens.ETHICS,
				user("ETH"), Lens.UX, user("UX"), Lens.LEGAL, user("LEGAL"));
		own(Role.ML_ENGINEER, this.people.get(Lens.ML));
		own(Role.SECURITY_ARCHITECT, this.people.get(Lens.SECURITY));
		own(Role.PRIVACY, this.people.get(Lens.PRIVACY));
		own(Role.ETHICS, this.people.get(Lens.ETHICS));
		own(Role.UX_DESIGNER, this.people.get(Lens.UX));
		own(Role.LEGAL, this.people.get(Lens.LEGAL));
	}

	@Test
	void meetSchedulesAWorkshopForTheParticipantsWithTheOpenFindingsAsItsAgenda() {
		// the starter works in New York: the time they type is read there
		this.jdbc.update(
				"REPLACE INTO user_fact (user_id, time_zone, workspace_admin, deactivated, bot, restricted, refreshed_at) "
						+ "VALUES (?, 'America/New_York', FALSE, FALSE, FALSE, FALSE, ?)",
				this.owner, Timestamp.from(this.clock.instant()));
		String key = create(this.owner, "\"Care assistant\" --genai --customer-facing");
		String thread = awaitThread(key);

		assertThat(command(this.owner, "teaming start " + key + " --meet \"2020-03-01 10:00\"").text())
			.contains("is in the past");
		assertThat(command(this.owner, "teaming start " + key + " --meet tomorrow").text())
			.contains("`--meet` takes a day and a time in quotes");
		assertThat(this.reader.latest(key)).isEmpty();
		assertThat(command(this.owner, "teaming start " + key + " --meet \"2099-06-15 14:00\"").text())
			.contains("must be within a year");
		assertThat(command(this.owner, "teaming start " + key + " --due 2099-06-15").text())
			.contains("must be within a year");
		assertThat(this.reader.latest(key)).isEmpty();
		ZonedDateTime meet = LocalDate.now(this.clock.withZone(NEW_YORK)).plusDays(30).atTime(14, 0).atZone(NEW_YORK);
		assertThat(command(this.owner, "teaming start " + key + " --meet \"" + meet.toLocalDate() + " 14:00\"").text())
			.contains("Workshop requested for")
			.contains("(read in America/New_York)");

		SessionView session = awaitWorkshop(key);
		Session workshop = this.trainings.find(SessionKey.parse(session.workshopKey()).orElseThrow().id())
			.orElseThrow();
		assertThat(workshop.kind()).isEqualTo(SessionKind.WORKSHOP);
		assertThat(workshop.title()).isEqualTo("Violet team: " + key + " Care assistant");
		assertThat(workshop.startsAt()).isEqualTo(meet.toInstant());
		assertThat(workshop.organiser()).isEqualTo(this.owner);
		assertThat(this.trainings.invitees(workshop.id())).extracting(TrainingSessions.InviteeAnswer::userId)
			.containsAll(this.people.values())
			.contains(this.owner);
		for (String participant : this.people.values()) {
			awaitDm(participant, "invitation: Violet team: " + key);
		}

		// the card names the workshop, and its agenda follows the open findings
		String card = session.cardTs();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.slack.calls("chat.update")
				.stream()
				.anyMatch((c) -> card.equals(c.get("ts")) && c.get("blocks").contains("Workshop " + workshop.key())
						&& c.get("blocks").contains("agenda: the open findings (none so far)")));
		String question = form(session.id(), Lens.SECURITY).open().get(0).id();
		answerLens(this.people.get(Lens.SECURITY), session.id(), Lens.SECURITY,
				Map.of(question, new String[] { "CONCERN", "medium", "Escalation path to a nurse is unclear" }));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.slack.calls("chat.update")
				.stream()
				.anyMatch((c) -> card.equals(c.get("ts")) && c.get("blocks").contains("agenda: the 1 open finding")
						&& c.get("blocks").contains("VT-1")));
		assertThat(replies(thread)).filteredOn((c) -> c.get("text").contains("Violet team on " + key)).hasSize(1);
	}

	@Test
	void theInvitationsAndTheCalendarFileCarryTheOpenFindingsAsTheAgendaAndFollowThem() throws Exception {
		String key = create(this.owner, "\"Triage bot\" --genai --customer-facing");
		awaitThread(key);
		// the owner's zone is not known: the time is read in VIOLET_TIMEZONE (UTC)
		ZonedDateTime meet = LocalDate.now(this.clock.withZone(ZoneOffset.UTC))
			.plusDays(20)
			.atTime(15, 30)
			.atZone(ZoneOffset.UTC);
		assertThat(command(this.owner, "teaming start " + key + " --meet \"" + meet.toLocalDate() + " 15:30\"").text())
			.contains("Workshop requested for");
		SessionView session = awaitWorkshop(key);
		Session workshop = this.trainings.find(SessionKey.parse(session.workshopKey()).orElseThrow().id())
			.orElseThrow();
		assertThat(workshop.startsAt()).isEqualTo(meet.toInstant());
		String security = this.people.get(Lens.SECURITY);
		String privacy = this.people.get(Lens.PRIVACY);

		// the invitations go out before any finding is raised: no agenda yet
		this.deliveries.drain();
		awaitDm(security, "invitation: Violet team: " + key);
		assertThat(texts(awaitDm(privacy, "invitation: Violet team: " + key).get(0).get("blocks")))
			.doesNotContain("Agenda");
		assertThat(description(workshop))
			.isEqualTo("Violet workshop " + workshop.key() + ". Answer and mark " + "completion in Slack.");

		// the security lens raises two concerns, one with text that mrkdwn and iCalendar
		// both escape
		List<Question> questions = form(session.id(), Lens.SECURITY).open();
		String first = "Refusals & <escalations> read as blame; \"nurse\", not bot\nsecond line";
		String second = "Retrieval store, open to poisoning";
		answerLens(security, session.id(), Lens.SECURITY,
				Map.of(questions.get(0).id(), new String[] { "CONCERN", "high", first }, questions.get(1).id(),
						new String[] { "CONCERN", "medium", second }));
		String agenda = "*Agenda* (2 points, kept current until the workshop)\n"
				+ "• `VT-1` Security, high: Refusals &amp; &lt;escalations&gt; read as blame; \"nurse\", not bot second line\n"
				+ "• `VT-2` Security, medium: Retrieval store, open to poisoning";
		awaitInviteUpdate(security, agenda);
		awaitInviteUpdate(privacy, agenda);
		String withBoth = "Violet workshop " + workshop.key() + ". Answer and mark completion in Slack.\n\nAgenda:\n"
				+ "VT-1 (Security, high): " + first + "\nVT-2 (Security, medium): " + second;
		assertThat(description(workshop)).isEqualTo(withBoth);
		assertThat(calendarFile(workshop))
			.contains("VT-1 (Security\\, high): Refusals & <escalations> read as blame\\; "
					+ "\"nurse\"\\, not bot\\nsecond line\\nVT-2 (Security\\, medium): Retrieval store\\, open to poisoning");
		int sequence = Integer.parseInt(event(workshop).getProperty(Property.SEQUENCE).orElseThrow().getValue());
		assertThat(sequence).isPositive();

		// closing VT-1 takes it off the agenda, in the DMs and the calendar file
		assertThat(command(this.owner, "teaming resolve " + key + " VT-1 \"Refusals reworded with the nurses\"").text())
			.contains("VT-1");
		String rest = "*Agenda* (1 point, kept current until the workshop)\n"
				+ "• `VT-2` Security, medium: Retrieval store, open to poisoning";
		awaitInviteUpdate(security, rest);
		awaitInviteUpdate(privacy, rest);
		assertThat(description(workshop)).isEqualTo("Violet workshop " + workshop.key()
				+ ". Answer and mark completion in Slack.\n\nAgenda:\nVT-2 (Security, medium): " + second);
		assertThat(Integer.parseInt(event(workshop).getProperty(Property.SEQUENCE).orElseThrow().getValue()))
			.isGreaterThan(sequence);
	}

	@Autowired
	TeamingStarts starts;

	@Autowired
	PlatformTransactionManager transactions;

	/**
	 * The card job records where it posted while the workshop listener records the
	 * workshop: neither may write back the other's column from an older read (a lost
	 * update left sessions without their workshop, and their agenda with nowhere to go).
	 */
	@Test
	void recordingTheCardWhileTheWorkshopIsArrangedKeepsBoth() throws Exception {
		String key = create(this.owner, "\"Triage bot\" --genai");
		awaitThread(key);
		command(this.owner, "teaming start " + key);
		long id = await().atMost(Duration.ofSeconds(30))
			.until(() -> this.reader.latest(key), Optional::isPresent)
			.orElseThrow()
			.id();
		ExecutorService other = Executors.newSingleThreadExecutor();
		try {
			new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
				this.starts.cardPosted(id, "C-RACE", "1700000000.000100");
				Future<?> arranged = other.submit(() -> this.starts.workshopArranged(id, "S-999999", null));
				// the listener either waits for the card's transaction or is done: wait
				// for
				// the moment it would be done before committing the card
				try {
					arranged.get(2, TimeUnit.SECONDS);
				}
				catch (TimeoutException waiting) {
					// waiting for the card's row lock, as it should
				}
				catch (InterruptedException | ExecutionException ex) {
					throw new IllegalStateException(ex);
				}
			});
			other.shutdown();
			assertThat(other.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			other.shutdownNow();
		}
		Map<String, Object> row = this.jdbc
			.queryForMap("SELECT card_channel, card_ts, workshop_key FROM teaming_session WHERE id = ?", id);
		assertThat(row).containsEntry("card_channel", "C-RACE")
			.containsEntry("card_ts", "1700000000.000100")
			.containsEntry("workshop_key", "S-999999");
	}

	private SessionView awaitWorkshop(String key) {
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			runDueSlackJobs();
			SessionView view = session(key);
			return view.workshopKey() != null || view.workshopProblem() != null;
		});
		SessionView session = session(key);
		assertThat(session.workshopProblem()).isNull();
		return session;
	}

	/**
	 * Waits until a participant's invitation was redrawn ({@code chat.update}, a Slack
	 * job run here since the test clock stands still) with blocks whose text holds the
	 * given mrkdwn.
	 */
	private void awaitInviteUpdate(String userId, String mrkdwn) {
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			runDueSlackJobs();
			return this.slack.calls("chat.update")
				.stream()
				.anyMatch((c) -> ("D" + userId).equals(c.get("channel")) && c.get("blocks").contains("training_rsvp_")
						&& texts(c.get("blocks")).contains(mrkdwn));
		});
	}

	/** The texts of a message's blocks, as Slack reads them (JSON escapes undone). */
	private static String texts(String blocks) {
		List<String> texts = new ArrayList<>();
		collect(JsonParser.parseString(blocks), texts);
		return String.join("\n", texts);
	}

	private static void collect(JsonElement element, List<String> texts) {
		if (element.isJsonArray()) {
			element.getAsJsonArray().forEach((e) -> collect(e, texts));
		}
		else if (element.isJsonObject()) {
			element.getAsJsonObject().entrySet().forEach((e) -> {
				if (e.getKey().equals("text") && e.getValue().isJsonPrimitive()) {
					texts.add(e.getValue().getAsString());
				}
				else {
					collect(e.getValue(), texts);
				}
			});
		}
	}

	private String calendarFile(Session workshop) throws Exception {
		HttpResponse<String> file = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/calendar/" + workshop.key()
					+ ".ics?t=" + workshop.calendarToken()))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(file.statusCode()).isEqualTo(200);
		return file.body().replace("\r\n ", "");
	}

	private VEvent event(Session workshop) throws Exception {
		Calendar calendar = new CalendarBuilder().build(new StringReader(calendarFile(workshop)));
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).hasSize(1);
		return events.get(0);
	}

	private String description(Session workshop) throws Exception {
		return event(workshop).getProperty(Property.DESCRIPTION).orElseThrow().getValue();
	}

}
