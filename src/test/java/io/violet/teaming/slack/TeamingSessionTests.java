package io.violet.teaming.slack;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.violet.audit.AuditRecord;
import io.violet.audit.AuditTrail;
import io.violet.directory.Role;
import io.violet.review.ReviewKind;
import io.violet.review.ReviewSummary;
import io.violet.review.Reviews;
import io.violet.teaming.Finding;
import io.violet.teaming.Lens;
import io.violet.teaming.Severity;
import io.violet.teaming.Teaming;
import io.violet.teaming.internal.LensForm;
import io.violet.teaming.internal.LensSheet;
import io.violet.teaming.internal.Question;
import io.violet.teaming.internal.SessionView;
import io.violet.teaming.internal.TeamingReminders;
import io.violet.testing.SlackStub;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A violet-team session end to end, through signed requests: start, invitations, answers
 * by modal submission (with a draft and a refused answer), the card kept current, the
 * summary, the finding that holds the violet-team review until its owner closes it.
 */
class TeamingSessionTests extends TeamingTestSupport {

	@Autowired
	Reviews reviews;

	@Autowired
	Teaming teaming;

	@Autowired
	AuditTrail audit;

	@Autowired
	TeamingReminders reminders;

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
	void aFullSessionFromStartToTheSignedOffReview() {
		String key = create(this.owner,
				"\"Support chatbot\" --genai --customer-facing --third-party-model --risk high");
		String thread = awaitThread(key);
		String due = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC).plusDays(21).toString();

		assertThat(command(user("RANDOM"), "teaming start " + key).text())
			.contains("Only Violet admins, the initiative's owner and security-architect owners");
		assertThat(command(this.owner, "teaming start " + key + " --due 2020-01-01").text())
			.contains("`--due` must be a day after today");
		assertThat(command(this.owner, "teaming start " + key + " --due tomorrow").text()).contains("yyyy-MM-dd");
		String started = command(this.owner, "teaming start " + key + " --due " + due).text();
		assertThat(started).contains("Violet team convened on *" + key + " Support chatbot*")
			.contains("*Security*: <@" + this.people.get(Lens.SECURITY) + ">")
			.doesNotContain("no owner");
		assertThat(command(this.owner, "teaming start " + key).text())
			.contains("already has an open violet-team session");

		SessionView session = session(key);
		long id = session.id();
		String card = awaitReplies(thread, "Violet team on " + key).get(0).get("text");
		assertThat(card).contains("0/6 lenses answered");
		for (Lens lens : Lens.values()) {
			awaitDm(this.people.get(lens), "You answer the *" + lens.title() + "* lens");
		}
		assertThat(this.reviews.of(key)).extracting(ReviewSummary::kind).contains(ReviewKind.VIOLET_TEAM);

		// someone who is not the lens's participant is refused, and no modal opens
		String refusal = name();
		clickAs(this.people.get(Lens.ML), Notices.ANSWER_ACTION, id + "|security", refusal);
		assertThat(awaitResponses(refusal).get(0)).contains("Only the participants of the *Security* lens");
		LensForm security = form(id, Lens.SECURITY);
		Answer forged = submit(this.people.get(Lens.ML), LensModal.CALLBACK_ID, id + "|security|0",
				answers(security.open(), (q) -> new String[] { "NO_CONCERN" }));
		assertThat(forged.body()).contains("Only the participants of the *Security* lens");
		assertThat(form(id, Lens.SECURITY).drafts()).isEmpty();

		// the participant's button opens the modal
		String opened = name();
		clickAs(this.people.get(Lens.SECURITY), Notices.ANSWER_ACTION, id + "|security", opened);
		assertThat(awaitCalls("views.open", 1, (c) -> ("trigger-" + opened).equals(c.get("trigger_id"))).get(0)
			.get("view")).contains(LensModal.CALLBACK_ID).contains("Why it matters");

		// a concern without a severity is refused on the modal itself
		Question injection = security.open()
			.stream()
			.filter((q) -> q.id().equals("sec-prompt-injection"))
			.findFirst()
			.orElseThrow();
		Answer invalid = submit(this.people.get(Lens.SECURITY), LensModal.CALLBACK_ID, id + "|security|0",
				answers(List.of(injection), (q) -> new String[] { "CONCERN", null, "No input filtering" }));
		assertThat(invalid.body()).contains("\"response_action\":\"errors\"")
			.contains(LensModal.blockId(injection, LensModal.SEVERITY))
			.contains("Pick how severe the concern is");

		// a partial submission is a draft that the same button reopens
		Answer draft = submit(this.people.get(Lens.SECURITY), LensModal.CALLBACK_ID, id + "|security|0",
				answers(List.of(injection), (q) -> new String[] { "CONCERN", "critical",
						"Retrieved pages can carry instructions <!channel> & nothing filters them" }));
		assertThat(draft.body()).contains("Saved as a draft");
		assertThat(this.reader.latest(key).orElseThrow().lenses()).filteredOn((l) -> l.lens() == Lens.SECURITY)
			.singleElement()
			.satisfies((l) -> assertThat(l.state()).isEqualTo(LensSheet.State.DRAFT));
		String reopened = name();
		clickAs(this.people.get(Lens.SECURITY), Notices.ANSWER_ACTION, id + "|security", reopened);
		assertThat(awaitCalls("views.open", 1, (c) -> ("trigger-" + reopened).equals(c.get("trigger_id"))).get(0)
			.get("view")).contains("Retrieved pages can carry instructions");

		answerLens(this.people.get(Lens.SECURITY), id, Lens.SECURITY,
				Map.of("sec-prompt-injection",
						new String[] { "CONCERN", "critical",
								"Retrieved pages can carry instructions <!channel> & nothing filters them" },
						"sec-jailbreak", new String[] { "NOT_APPLICABLE", null, "Answers come from a fixed FAQ set" }));
		for (Lens lens : List.of(Lens.ML, Lens.PRIVACY, Lens.ETHICS, Lens.UX)) {
			answerLens(this.people.get(lens), id, lens, Map.of());
		}
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.slack.calls("chat.update")
				.stream()
				.anyMatch((c) -> c.get("text") != null && c.get("text").contains("Violet team on " + key + ": 5/6")));

		List<Finding> findings = this.teaming.findings(key);
		assertThat(findings).singleElement().satisfies((f) -> {
			assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
			assertThat(f.lens()).isEqualTo(Lens.SECURITY);
			assertThat(f.owner()).isEqualTo(this.owner);
			assertThat(f.due()).isNotNull();
		});
		awaitDm(this.owner, "You own finding *VT-1*");

		answerLens(this.people.get(Lens.LEGAL), id, Lens.LEGAL, Map.of());
		String summary = awaitReplies(thread, "Every lens of the violet team on " + key + " has answered").get(0)
			.get("text");
		assertThat(summary).contains("<@" + this.owner + "> (VT-1)")
			.contains("1 critical open")
			.contains("&lt;!channel&gt; &amp; nothing")
			.doesNotContain("<!channel>");
		assertThat(violetTeam(key).approved()).isFalse();

		// the critical finding holds the gate until its owner closes it
		assertThat(command(this.people.get(Lens.SECURITY), "teaming resolve " + key + " 1 \"Filtered\"").text())
			.contains("Only its owner (<@" + this.owner + ">) and Violet admins can close");
		assertThat(command(this.owner, "teaming resolve " + key + " F-9 \"x\"").text()).contains("There is no finding");
		assertThat(command(this.owner, "teaming resolve " + key + " 1 \"Retrieved content is quarantined\"").text())
			.contains("Closed " + key + " VT-1");
		await().atMost(Duration.ofSeconds(20)).until(() -> violetTeam(key).approved());
		awaitReplies(thread, "The *Violet team review* is signed off");
		assertThat(command(this.owner, "teaming resolve " + key + " 1 \"again\"").text()).contains("already closed");
		assertThat(this.audit.about("finding:" + key + "/1")).extracting(AuditRecord::action)
			.containsExactly("teaming.finding-raised", "teaming.finding-resolved");

		String shown = command(this.owner, "teaming show " + key).body();
		assertThat(shown).contains("Derived threat list").contains("AML.T0051").contains("LLM01").contains("VT-1");
		assertThat(command(this.owner, "teaming list").text()).contains(key).contains("6/6 lenses answered");
	}

	@Test
	void aLensWithoutAnOwnerIsNamedAndAdminsAreTold() {
		vacate(Role.PRIVACY);
		String key = create(this.owner, "\"Churn model\" --personal-data");
		String thread = awaitThread(key);

		String started = command(this.owner, "teaming start " + key).text();
		assertThat(started).contains("*Privacy*: :warning: no owner").contains("No one owns a role of *Privacy*");
		awaitDm(ADMIN, "started without anyone for *Privacy* (`privacy`)");
		assertThat(awaitReplies(thread, "Violet team on " + key).get(0).get("blocks"))
			.contains("No one could be asked for");

		// a backup is not brought in by being assigned (a new owner is: see
		// TeamingParticipantsTests); --add brings them
		String privacy = user("PRIVNEW");
		backUp(Role.PRIVACY, privacy);
		assertThat(command(this.owner, "teaming start " + key + " --add <@" + privacy + ">").text())
			.contains("Added <@" + privacy + ">");
		awaitDm(privacy, "You answer the *Privacy* lens");
		assertThat(command(this.owner, "teaming start " + key + " --add <@" + user("NOBODY") + ">").text())
			.contains("holds no role of any lens");
	}

	@Test
	void aComponentAddedAfterwardsAddsItsThreatsToTheSecurityLens() {
		String key = create(this.owner, "\"Knowledge assistant\" --genai");
		awaitThread(key);
		// the threat list is shown before any session, from the attributes alone
		assertThat(command(this.owner, "teaming show " + key).body()).contains("has no violet-team session yet")
			.contains("Derived threat list")
			.doesNotContain("AML.T0070");
		command(this.owner, "teaming start " + key);
		long id = session(key).id();
		assertThat(form(id, Lens.SECURITY).open()).extracting(Question::id).doesNotContain("sec-rag-poisoning");
		assertThat(command(this.owner, "teaming show " + key).body()).doesNotContain("AML.T0070")
			.doesNotContain("RAG poisoning");

		assertThat(command(this.owner, "bom add " + key + " service qdrant-index@1.9").text()).contains("qdrant-index");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> form(id, Lens.SECURITY).open().stream().anyMatch((q) -> q.id().equals("sec-rag-poisoning")));
		awaitDm(this.people.get(Lens.SECURITY), "new questions apply to the *Security* lens");
		assertThat(this.teaming.threats(key)).anySatisfy((t) -> assertThat(t.atlas()).contains("AML.T0070"));
		// teaming show lists the new threat with its ids and the component that exposes
		// it
		assertThat(command(this.owner, "teaming show " + key).body()).contains("RAG poisoning")
			.contains("AML.T0070")
			.contains("LLM08")
			.contains("trait:vector-store");
	}

	@Test
	void pendingLensesAreNudgedThenEscalatedToBackupsInTheirWorkingHours() {
		String backup = user("SECBACKUP");
		backUp(Role.SECURITY_ARCHITECT, backup);
		// the security participant works in Los Angeles; everyone else in Berlin (the
		// stand-in's default)
		String security = this.people.get(Lens.SECURITY);
		this.slack.server()
			.stubFor(WireMock.post(WireMock.urlEqualTo("/api/users.info"))
				.withRequestBody(WireMock.containing("user=" + security))
				.atPriority(40)
				.willReturn(SlackStub.answer("{\"ok\":true,\"user\":{\"id\":\"" + security + "\",\"name\":\"user\","
						+ "\"tz\":\"America/Los_Angeles\",\"is_admin\":false,\"is_owner\":false,\"deleted\":false,"
						+ "\"is_bot\":false}}")));
		this.clock.set(Instant.parse("2027-03-01T08:00:00Z"));
		String key = create(this.owner, "\"Forecasting\"");
		String thread = awaitThread(key);
		command(this.owner, "teaming start " + key + " --due 2027-03-03");
		long id = session(key).id();

		// nudges are due from Tuesday 17:00 UTC, one business day before the lenses;
		// Tuesday 19:00 in Berlin is after hours there, 10:00 in Los Angeles is not
		this.clock.set(Instant.parse("2027-03-02T18:00:00Z"));
		this.reminders.sweep();
		assertThat(reminders(id, "NUDGE")).containsExactly(security);
		awaitDm(security, "Reminder: the *Security* lens of the violet team on *" + key + "*");

		// Wednesday 04:00 in Berlin: nobody is nudged at night
		this.clock.set(Instant.parse("2027-03-03T03:00:00Z"));
		this.reminders.sweep();
		assertThat(reminders(id, "NUDGE")).containsExactly(security);

		// Wednesday 11:00 in Berlin: the Berlin participants, each once
		this.clock.set(Instant.parse("2027-03-03T10:00:00Z"));
		this.reminders.sweep();
		assertThat(reminders(id, "NUDGE")).hasSize(6).containsOnlyOnce(security);
		awaitDm(this.people.get(Lens.ML), "Reminder: the *ML* lens of the violet team on *" + key + "*");
		assertThat(this.reminders.sweep()).isZero();

		// Thursday: overdue, the thread is told and the backup asked to step in
		this.clock.set(Instant.parse("2027-03-04T10:00:00Z"));
		assertThat(this.reminders.sweep()).isGreaterThan(0);
		awaitDm(backup, "The *Security* lens of the violet team on *" + key + "* was due");
		awaitReplies(thread, "The *Security* lens of this violet team was due");
		assertThat(dmsTo(security))
			.filteredOn((c) -> c.get("text").contains("Reminder: the *Security* lens") && c.get("text").contains(key))
			.hasSize(1);
	}

	@Test
	void anOverdueLensWithoutOwnerOrBackupIsEscalatedToTheAdmins() {
		vacate(Role.PRIVACY);
		this.clock.set(Instant.parse("2027-03-01T08:00:00Z"));
		String key = create(this.owner, "\"Churn forecasting\" --personal-data");
		awaitThread(key);
		command(this.owner, "teaming start " + key + " --due 2027-03-03");
		long id = session(key).id();

		this.clock.set(Instant.parse("2027-03-04T10:00:00Z"));
		this.reminders.sweep();
		assertThat(this.jdbc.queryForList(
				"SELECT recipient FROM teaming_reminder WHERE session_id = ? AND lens = 'PRIVACY' AND kind = 'ESCALATION'",
				String.class, id))
			.containsExactly(ADMIN);
		assertThat(awaitDm(ADMIN, "The *Privacy* lens of the violet team on *" + key + "* was due").get(0).get("text"))
			.contains("Its roles have no backup; as a Violet admin, please find someone");
	}

	private List<String> reminders(long sessionId, String kind) {
		return this.jdbc.queryForList("SELECT recipient FROM teaming_reminder WHERE session_id = ? AND kind = ?",
				String.class, sessionId, kind);
	}

	private ReviewSummary violetTeam(String key) {
		return this.reviews.of(key)
			.stream()
			.filter((r) -> r.kind() == ReviewKind.VIOLET_TEAM)
			.findFirst()
			.orElseThrow();
	}

}
