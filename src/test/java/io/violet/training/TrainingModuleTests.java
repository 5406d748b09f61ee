package io.violet.training;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import io.violet.audit.AuditRecord;
import io.violet.audit.AuditTrail;
import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.initiative.Initiatives;
import io.violet.testing.ModuleTestSupport;
import io.violet.testing.SlackTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The training module and the modules it uses, answering other modules' events: a
 * workshop asked for by event is scheduled and answered by event, and a role's new owner
 * owes the role's topics that are due on joining. The incident module comes along for
 * drills; the initiative API it reads is a stand-in.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class TrainingModuleTests extends ModuleTestSupport {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@MockitoBean
	Initiatives initiatives;

	@Autowired
	Catalog catalog;

	@Autowired
	Directory directory;

	@Autowired
	AuditTrail audit;

	@Autowired
	TrainingSessions sessions;

	@Autowired
	WorkshopAnswers answers;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aWorkshopAskedForByEventIsScheduledAndAnswered(Scenario scenario) {
		LocalDateTime start = LocalDateTime.now(BERLIN).plusDays(14).truncatedTo(ChronoUnit.DAYS).withHour(10);

		scenario
			.publish(new WorkshopRequested("teaming:41", "Violet-team workshop of AI-3", start, BERLIN.getId(),
					List.of("UINVITEE"), "UORGANISER"))
			.andWaitForStateChange(() -> this.answers.to("teaming:41"), Optional::isPresent)
			.andVerify((answer) -> {
				WorkshopArranged arranged = answer.orElseThrow();
				assertThat(arranged.problem()).isNull();
				Session session = this.sessions.find(SessionKey.parse(arranged.sessionKey()).orElseThrow().id())
					.orElseThrow();
				assertThat(session.kind()).isEqualTo(SessionKind.WORKSHOP);
				assertThat(session.title()).isEqualTo("Violet-team workshop of AI-3");
				assertThat(session.organiser()).isEqualTo("UORGANISER");
				assertThat(session.startsAt()).isEqualTo(start.atZone(BERLIN).toInstant());
			});
	}

	@Test
	void aWorkshopThatCannotBeScheduledIsAnsweredWithTheReason(Scenario scenario) {
		LocalDateTime yesterday = LocalDateTime.now(BERLIN).minusDays(1);

		scenario
			.publish(new WorkshopRequested("teaming:42", "Too late", yesterday, BERLIN.getId(), List.of("UINVITEE"),
					"UORGANISER"))
			.andWaitForStateChange(() -> this.answers.to("teaming:42"), Optional::isPresent)
			.andVerify((answer) -> {
				WorkshopArranged arranged = answer.orElseThrow();
				assertThat(arranged.sessionKey()).isNull();
				assertThat(arranged.problem()).contains("in the past");
			});
	}

	@Test
	void aRolesNewOwnerOwesItsTopicsDueOnJoining(Scenario scenario) {
		this.catalog.save(new TopicDraft("model-theft-basics", "Model theft basics", "How models leak",
				Role.THREAT_ANALYST.key(), Cadence.parse("yearly").orElseThrow(), true, "test"),
				SlackTestSupport.ADMIN);

		scenario.stimulate(
				() -> this.directory.assign(Role.THREAT_ANALYST, List.of("UANALYST"), false, SlackTestSupport.ADMIN))
			.andWaitForStateChange(() -> due("model-theft-basics"), (records) -> !records.isEmpty())
			.andVerify((records) -> assertThat(records).singleElement()
				.extracting(AuditRecord::details)
				.isEqualTo("due for UANALYST: became threat-analyst"));
	}

	@Test
	void aWorkshopKeepsTheAgendaItsAskerSendsAndIgnoresAnOlderOne(Scenario scenario) {
		LocalDateTime start = LocalDateTime.now(BERLIN).plusDays(21).truncatedTo(ChronoUnit.DAYS).withHour(9);
		scenario
			.publish(new WorkshopRequested("teaming:43", "Agenda workshop", start, BERLIN.getId(), List.of("UINVITEE"),
					"UORGANISER"))
			.andWaitForStateChange(() -> this.answers.to("teaming:43"), Optional::isPresent);
		String key = this.answers.to("teaming:43").orElseThrow().sessionKey();
		long id = SessionKey.parse(key).orElseThrow().id();
		AgendaItem poisoning = new AgendaItem("VT-2", "Retrieval store, open to poisoning", "Security", "medium");

		scenario
			.publish(new WorkshopAgendaChanged(key, 5,
					List.of(new AgendaItem("VT-1", "Refusals too curt", "UX", "low"), poisoning)))
			.andWaitForStateChange(() -> this.sessions.find(id).orElseThrow().agenda(), (agenda) -> agenda.size() == 2)
			.andVerify((agenda) -> assertThat(agenda).extracting(AgendaItem::label).containsExactly("VT-1", "VT-2"));

		// a newer agenda replaces it; one that arrives late, with an older revision, does
		// not
		scenario.publish(new WorkshopAgendaChanged(key, 7, List.of(poisoning)))
			.andWaitForStateChange(() -> this.sessions.find(id).orElseThrow().agenda(), (agenda) -> agenda.size() == 1);
		// the late one's publication is done once its listener has run (and ignored it)
		scenario.publish(new WorkshopAgendaChanged(key, 6, List.of()))
			.andWaitForStateChange(() -> this.jdbc.queryForObject(
					"SELECT COUNT(*) FROM EVENT_PUBLICATION"
							+ " WHERE EVENT_TYPE LIKE '%WorkshopAgendaChanged' AND COMPLETION_DATE IS NULL",
					Integer.class), (open) -> open == 0);
		assertThat(this.sessions.find(id).orElseThrow().agenda()).containsExactly(poisoning);
	}

	private List<AuditRecord> due(String topic) {
		return this.audit.about("topic:" + topic).stream().filter((r) -> r.action().equals("training.due")).toList();
	}

	/**
	 * The training module's answers to workshop requests, as the asking module would
	 * receive them. (Scenario's own event capture follows the test's thread, and these
	 * answers are published on a listener's.)
	 */
	static class WorkshopAnswers {

		private final List<WorkshopArranged> received = new CopyOnWriteArrayList<>();

		@EventListener
		void on(WorkshopArranged arranged) {
			this.received.add(arranged);
		}

		Optional<WorkshopArranged> to(String reference) {
			return this.received.stream().filter((a) -> a.reference().equals(reference)).findFirst();
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Listening {

		@Bean
		WorkshopAnswers workshopAnswers() {
			return new WorkshopAnswers();
		}

	}

}
