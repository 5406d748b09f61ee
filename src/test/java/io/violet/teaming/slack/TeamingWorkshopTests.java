package io.violet.teaming.slack;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

import io.violet.directory.Role;
import io.violet.teaming.Lens;
import io.violet.teaming.internal.SessionView;
import io.violet.training.Session;
import io.violet.training.SessionKey;
import io.violet.training.SessionKind;
import io.violet.training.TrainingSessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code teaming start --meet}: the interdisciplinary workshop is scheduled through the
 * training module's events, at the time typed in the starter's own zone, for every
 * participant and the initiative's owner; the session card names it with the open
 * findings as its agenda.
 */
class TeamingWorkshopTests extends TeamingTestSupport {

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	@Autowired
	TrainingSessions trainings;

	@Autowired
	JdbcTemplate jdbc;

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

		await().atMost(Duration.ofSeconds(30))
			.until(() -> session(key).workshopKey() != null || session(key).workshopProblem() != null);
		SessionView session = session(key);
		assertThat(session.workshopProblem()).isNull();
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

}
