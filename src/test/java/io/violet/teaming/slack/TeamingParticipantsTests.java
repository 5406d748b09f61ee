package io.violet.teaming.slack;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.violet.directory.Role;
import io.violet.slack.SlackJobStatus;
import io.violet.slack.SlackJobs;
import io.violet.teaming.Lens;
import io.violet.teaming.internal.Participant;
import io.violet.teaming.internal.SessionView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who answers a lens, end to end: a backup for a deactivated primary, people brought in
 * with {@code --add} answering the lens they hold a role in, a role's new owner filling a
 * lens that had nobody while the session runs, and a session started before the
 * initiative's thread exists.
 */
class TeamingParticipantsTests extends TeamingTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SlackJobs jobs;

	String owner;

	String security;

	String ethics;

	@BeforeEach
	void people() {
		vacateLensRoles();
		this.owner = user("OWNER");
		this.security = user("SEC");
		own(Role.ML_ENGINEER, user("ML"));
		own(Role.SECURITY_ARCHITECT, this.security);
		this.ethics = user("ETH");
		own(Role.ETHICS, this.ethics);
		own(Role.UX_DESIGNER, user("UX"));
		own(Role.LEGAL, user("LEGAL"));
	}

	@Test
	void aDeactivatedPrimaryIsReplacedByTheFirstActiveBackupWhoAnswers() {
		String gone = user("GONE");
		String tired = user("TIRED");
		String backup = user("BACKUP");
		own(Role.PRIVACY, gone);
		backUp(Role.PRIVACY, tired, backup);
		deactivated(gone);
		deactivated(tired);
		String key = create(this.owner, "\"Member churn\" --personal-data");
		awaitThread(key);

		assertThat(command(this.owner, "teaming start " + key).text()).contains("*Privacy*: <@" + backup + ">")
			.doesNotContain("<@" + gone + ">");
		SessionView session = session(key);
		assertThat(session.lenses()).filteredOn((l) -> l.lens() == Lens.PRIVACY)
			.singleElement()
			.satisfies((l) -> assertThat(l.participants()).singleElement().satisfies((p) -> {
				assertThat(p.userId()).isEqualTo(backup);
				assertThat(p.how()).isEqualTo(Participant.How.BACKUP);
			}));
		awaitDm(backup, "You answer the *Privacy* lens (as Privacy");

		String refused = name();
		clickAs(gone, Notices.ANSWER_ACTION, session.id() + "|privacy", refused);
		assertThat(responseText(refused)).contains("Only the participants of the *Privacy* lens (<@" + backup);
		answerLens(backup, session.id(), Lens.PRIVACY, Map.of());
		assertThat(lens(key, Lens.PRIVACY).answeredBy()).isEqualTo(backup);
		// (the review module asks role owners for their sign-offs on its own terms)
		assertThat(dmsTo(gone)).noneMatch((c) -> c.get("text").contains("violet team"));
		assertThat(dmsTo(tired)).noneMatch((c) -> c.get("text").contains("violet team"));
	}

	@Test
	void someoneAddedAnswersTheLensTheyHoldARoleInAndNoOther() {
		own(Role.PRIVACY, user("PRIV"));
		String analyst = user("ANALYST");
		own(Role.THREAT_ANALYST, analyst);
		String key = create(this.owner, "\"Document search\" --genai");
		awaitThread(key);

		assertThat(command(this.owner, "teaming start " + key + " --add <@" + analyst + ">").text())
			.contains("*Security*: <@" + this.security + ">, <@" + analyst + ">");
		long id = session(key).id();
		awaitDm(analyst, "You answer the *Security* lens (as Threat analyst");

		String privacy = name();
		clickAs(analyst, Notices.ANSWER_ACTION, id + "|privacy", privacy);
		assertThat(responseText(privacy)).contains("Only the participants of the *Privacy* lens");
		String opened = name();
		clickAs(analyst, Notices.ANSWER_ACTION, id + "|security", opened);
		assertThat(awaitCalls("views.open", 1, (c) -> ("trigger-" + opened).equals(c.get("trigger_id"))).get(0)
			.get("view")).contains(LensModal.CALLBACK_ID);

		answerLens(analyst, id, Lens.SECURITY, Map.of());
		assertThat(lens(key, Lens.SECURITY).answeredBy()).isEqualTo(analyst);
		// the lens is answered once, for everyone who takes part in it
		String late = name();
		clickAs(this.security, Notices.ANSWER_ACTION, id + "|security", late);
		assertThat(responseText(late)).contains("is answered; nothing is left to answer");
	}

	@Test
	void forAnEmploymentUseTheEthicsLensAlsoAsksHr() {
		own(Role.PRIVACY, user("PRIV"));
		String ethics = this.ethics;
		String hr = user("HR");
		own(Role.HR, hr);
		String key = create(this.owner, "\"Candidate ranking\" --employment --affects-people --personal-data");
		awaitThread(key);

		assertThat(command(this.owner, "teaming start " + key).text())
			.contains("*Ethics*: <@" + ethics + ">, <@" + hr + ">");
		long id = session(key).id();
		awaitDm(hr, "You answer the *Ethics* lens (as HR");
		awaitDm(ethics, "You answer the *Ethics* lens (as Ethics");
		answerLens(hr, id, Lens.ETHICS, Map.of());
		assertThat(lens(key, Lens.ETHICS).answeredBy()).isEqualTo(hr);

		// without the employment attribute HR is not asked
		String other = create(this.owner, "\"Claims triage\" --affects-people");
		awaitThread(other);
		command(this.owner, "teaming start " + other);
		assertThat(lens(other, Lens.ETHICS).participants()).extracting(SessionView.ParticipantView::userId)
			.containsExactly(ethics);
	}

	@Test
	void aRoleOwnerAssignedWhileTheSessionRunsFillsTheLensThatHadNobody() {
		String key = create(this.owner, "\"Fraud scoring\" --personal-data --affects-people");
		String thread = awaitThread(key);
		assertThat(command(this.owner, "teaming start " + key).text()).contains("*Privacy*: :warning: no owner");
		awaitDm(ADMIN, "started without anyone for *Privacy* (`privacy`)");
		assertThat(awaitReplies(thread, "Violet team on " + key).get(0).get("blocks"))
			.contains("No one could be asked for *Privacy*");

		String privacy = user("PRIVNEW");
		assertThat(command(ADMIN, "role assign privacy <@" + privacy + ">").text()).contains(privacy);
		awaitDm(privacy, "You answer the *Privacy* lens");
		SessionView session = session(key);
		await().atMost(Duration.ofSeconds(20)).until(() -> session(key).unowned().isEmpty());
		assertThat(lens(key, Lens.PRIVACY).participants()).singleElement()
			.satisfies((p) -> assertThat(p.userId()).isEqualTo(privacy));
		String card = session(key).cardTs();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.slack.calls("chat.update")
				.stream()
				.anyMatch((c) -> card.equals(c.get("ts")) && c.get("blocks").contains(privacy)
						&& !c.get("blocks").contains("No one could be asked for")));

		answerLens(privacy, session.id(), Lens.PRIVACY, Map.of());
		assertThat(lens(key, Lens.PRIVACY).answeredBy()).isEqualTo(privacy);
	}

	@Test
	void aSessionStartedBeforeTheThreadExistsInvitesAtOnceAndPostsItsCardOnceTheThreadIsThere() {
		own(Role.PRIVACY, user("PRIV"));
		StubMapping refused = this.slack.server()
			.stubFor(WireMock.post(WireMock.urlEqualTo("/api/chat.postMessage"))
				.withRequestBody(WireMock.containing("channel=" + INITIATIVES_CHANNEL))
				.withRequestBody(WireMock.notContaining("thread_ts"))
				.atPriority(40)
				.willReturn(WireMock.okJson("{\"ok\":false,\"error\":\"channel_not_found\"}")));
		String key = create(this.owner, "\"Early session\"");
		awaitDm(this.owner, "*" + key + "* is recorded, but its thread could not be started");
		assertThat(this.initiatives.details(key).orElseThrow().threadTs()).isNull();

		command(this.owner, "teaming start " + key);
		long id = session(key).id();
		awaitDm(this.security, "You answer the *Security* lens");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jobs.find("teaming.convene:" + id)
				.filter((j) -> j.state() == SlackJobStatus.State.PENDING && j.failures() >= 1)
				.isPresent());
		assertThat(session(key).cardTs()).isNull();

		// the initiative's thread is parked until an admin fixes the channel and retries
		// it
		this.slack.server().removeStub(refused);
		long threadJob = this.jdbc.queryForObject("SELECT id FROM slack_job WHERE job_key = ?", Long.class,
				"initiative.thread:" + key.substring(key.indexOf('-') + 1));
		assertThat(command(ADMIN, "ops retry J-" + threadJob).text()).contains("Retrying J-" + threadJob);
		String thread = awaitThread(key);
		assertThat(replies(thread)).noneMatch((c) -> c.get("text").contains("Violet team on " + key));
		advanceAndRunSlackJobs(Duration.ofMinutes(1));
		assertThat(awaitReplies(thread, "Violet team on " + key)).hasSize(1);
		assertThat(session(key).cardTs()).isNotNull();
		assertThat(dmsTo(this.security)).filteredOn((c) -> c.get("text").contains("You answer the *Security* lens"))
			.hasSize(1);
	}

	private SessionView.LensView lens(String key, Lens lens) {
		return session(key).lenses().stream().filter((l) -> l.lens() == lens).findFirst().orElseThrow();
	}

	private void deactivated(String userId) {
		this.jdbc.update(
				"REPLACE INTO user_fact (user_id, time_zone, workspace_admin, deactivated, bot, restricted, refreshed_at) "
						+ "VALUES (?, 'Europe/Berlin', FALSE, TRUE, FALSE, FALSE, ?)",
				userId, Timestamp.from(this.clock.instant()));
	}

}
