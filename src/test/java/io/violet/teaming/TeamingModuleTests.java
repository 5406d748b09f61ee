package io.violet.teaming;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.incident.Drills;
import io.violet.initiative.InitiativeDetails;
import io.violet.initiative.Initiatives;
import io.violet.initiative.RiskTier;
import io.violet.initiative.Stage;
import io.violet.teaming.internal.SessionReader;
import io.violet.teaming.internal.SessionView;
import io.violet.teaming.internal.StartRequest;
import io.violet.teaming.internal.StartResult;
import io.violet.teaming.internal.TeamingStarts;
import io.violet.testing.ModuleTestSupport;
import io.violet.testing.SlackTestSupport;
import io.violet.training.WorkshopArranged;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * The teaming module and the modules it uses, reacting to other modules' events on an
 * open violet-team session: the training module's answer to a workshop request lands on
 * the session, and a role's new owner fills the lenses that had nobody. The initiative
 * API is a stand-in that knows the test's initiatives; drills (of the incident module,
 * which the training module needs) are one too.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class TeamingModuleTests extends ModuleTestSupport {

	private static final AtomicInteger KEYS = new AtomicInteger(800);

	private static final String OWNER = "UOWNER";

	@MockitoBean
	Initiatives initiatives;

	@MockitoBean
	Drills drills;

	@Autowired
	TeamingStarts teaming;

	@Autowired
	SessionReader reader;

	@Autowired
	Directory directory;

	@Test
	void theTrainingModulesAnswerToAWorkshopRequestLandsOnTheSession(Scenario scenario) {
		SessionView session = openSession();

		scenario.publish(new WorkshopArranged("teaming:" + session.id(), "S-77", null))
			.andWaitForStateChange(() -> this.reader.latest(session.key()).orElseThrow(),
					(view) -> view.workshopKey() != null)
			.andVerify((view) -> {
				assertThat(view.workshopKey()).isEqualTo("S-77");
				assertThat(view.workshopProblem()).isNull();
			});
	}

	@Test
	void aWorkshopThatCouldNotBeArrangedLeavesItsReasonOnTheSession(Scenario scenario) {
		SessionView session = openSession();

		scenario.publish(new WorkshopArranged("teaming:" + session.id(), null, "That time is in the past."))
			.andWaitForStateChange(() -> this.reader.latest(session.key()).orElseThrow(),
					(view) -> view.workshopProblem() != null)
			.andVerify((view) -> {
				assertThat(view.workshopKey()).isNull();
				assertThat(view.workshopProblem()).isEqualTo("That time is in the past.");
			});
	}

	@Test
	void aRolesNewOwnerFillsTheLensThatHadNobody(Scenario scenario) {
		SessionView session = openSession();
		assertThat(participantsOf(session.key(), Lens.PRIVACY)).isEmpty();

		scenario
			.stimulate(() -> this.directory.assign(Role.PRIVACY, List.of("UPRIVACY"), false, SlackTestSupport.ADMIN))
			.andWaitForStateChange(() -> participantsOf(session.key(), Lens.PRIVACY), (users) -> !users.isEmpty())
			.andVerify((users) -> assertThat(users).containsExactly("UPRIVACY"));
	}

	/**
	 * An open session on an initiative only the initiative module's stand-in knows.
	 */
	private SessionView openSession() {
		String key = "AI-" + KEYS.incrementAndGet();
		InitiativeDetails details = new InitiativeDetails(key, "Claims triage " + key, "Sorts claims", OWNER,
				RiskTier.HIGH, Stage.PROPOSED, Set.of(), "UCREATOR", Instant.parse("2031-01-05T09:00:00Z"), null, null);
		given(this.initiatives.details(key)).willReturn(Optional.of(details));
		given(this.initiatives.find(key)).willReturn(Optional.of(details.summary()));
		StartResult started = this.teaming.start(new StartRequest(key, OWNER, null, null, List.of()));
		assertThat(started.session()).as("started: %s", started).isNotNull();
		return started.session();
	}

	private List<String> participantsOf(String key, Lens lens) {
		return this.reader.latest(key)
			.orElseThrow()
			.lenses()
			.stream()
			.filter((view) -> view.lens() == lens)
			.flatMap((view) -> view.participants().stream())
			.map(SessionView.ParticipantView::userId)
			.toList();
	}

}
