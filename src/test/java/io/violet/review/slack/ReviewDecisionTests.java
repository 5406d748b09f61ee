package io.violet.review.slack;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;
import io.violet.audit.AuditRecord;
import io.violet.audit.AuditTrail;
import io.violet.directory.Role;
import io.violet.initiative.InitiativeTestSupport;
import io.violet.initiative.Stage;
import io.violet.review.ReviewKind;
import io.violet.review.ReviewSummary;
import io.violet.review.Reviews;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ReviewDecisionTests extends InitiativeTestSupport {

	@Autowired
	Reviews reviews;

	@Autowired
	io.violet.review.internal.ReviewQueries reviewQueries;

	@Autowired
	AuditTrail audit;

	String security;

	String architect;

	String architectBackup;

	String engineer;

	String owner;

	@BeforeEach
	void people() {
		this.security = user("SEC");
		this.architect = user("ARCH");
		this.architectBackup = user("ARCHBK");
		this.engineer = user("ENG");
		this.owner = user("OWNER");
		own(Role.SECURITY_ARCHITECT, this.security);
		own(Role.ML_ARCHITECT, this.architect);
		backUp(Role.ML_ARCHITECT, this.architectBackup);
		own(Role.ML_ENGINEER, this.engineer);
	}

	@Test
	void onlyHoldersOfARequiredRoleDecideAndEachRoleApprovesOnce() {
		String key = create(this.owner, "\"Anomaly detector\"");
		String ts = awaitThread(key);
		long threatModel = review(key, ReviewKind.THREAT_MODEL).id();

		click(user("STRANGER"), "review_approve", Long.toString(threatModel), INITIATIVES_CHANNEL);
		assertThat(awaitEphemeral("Only owners and backups of *Security architect*, *ML architect*")).isNotEmpty();
		assertThat(review(key, ReviewKind.THREAT_MODEL).waitingFor()).containsExactly(Role.SECURITY_ARCHITECT,
				Role.ML_ARCHITECT);

		click(this.security, "review_approve", Long.toString(threatModel), INITIATIVES_CHANNEL);
		awaitEphemeral("You approved the *Threat model review* of *" + key + "* for *Security architect*");
		awaitReplies(ts, "approved the *Threat model review* for *Security architect* (1/2 roles)");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.slack.calls("chat.update")
				.stream()
				.anyMatch((c) -> ts.equals(c.get("ts"))
						&& c.get("blocks").contains("Threat model — waiting for ML architect")));

		click(this.security, "review_approve", Long.toString(threatModel), "D" + this.security);
		awaitEphemeral("was already approved for *Security architect* by <@" + this.security + ">");
		assertThat(replies(ts)).filteredOn((c) -> c.get("text").contains("approved the *Threat model review*"))
			.hasSize(1);
		assertThat(this.audit.about("review:" + key + "/threat-model")).extracting(AuditRecord::action)
			.containsExactly("review.requested", "review.approved");
		assertThat(this.audit.about("review:" + key + "/threat-model").get(1).actor()).isEqualTo(this.security);
	}

	@Test
	void requestChangesAsksForTheReasonRecordsItAndReopensTheRole() {
		String key = create(this.owner, "\"Demand forecast\"");
		String ts = awaitThread(key);
		long id = review(key, ReviewKind.THREAT_MODEL).id();
		click(this.architect, "review_approve", Long.toString(id), INITIATIVES_CHANNEL);
		awaitReplies(ts, "approved the *Threat model review* for *ML architect*");

		click(user("NOBODY"), "review_request_changes", Long.toString(id), INITIATIVES_CHANNEL);
		awaitEphemeral("Only owners and backups of");
		assertThat(this.slack.calls("views.open")).isEmpty();

		click(this.architectBackup, "review_request_changes", Long.toString(id), INITIATIVES_CHANNEL);
		List<Map<String, String>> opened = awaitCalls("views.open", 1);
		assertThat(opened.get(0).get("view")).contains(ReviewModals.CHANGES_CALLBACK);
		JsonObject empty = textValue(new JsonObject(), ReviewModals.TEXT, " ");
		assertThat(submit(this.architectBackup, ReviewModals.CHANGES_CALLBACK, id + "|" + INITIATIVES_CHANNEL, empty)
			.body()).contains("\"response_action\":\"errors\"").contains("Say what must change");

		JsonObject values = textValue(new JsonObject(), ReviewModals.TEXT,
				"Cover RAG poisoning <!here> & prompt leaks");
		Answer submitted = submit(this.architectBackup, ReviewModals.CHANGES_CALLBACK, id + "|" + INITIATIVES_CHANNEL,
				values);
		assertThat(submitted.status()).isEqualTo(200);
		assertThat(submitted.body()).as(submitted.body()).doesNotContain("response_action");

		String text = awaitReplies(ts, "requested changes to the *Threat model review* for *ML architect*").get(0)
			.get("text");
		assertThat(text).contains("Cover RAG poisoning &lt;!here&gt; &amp; prompt leaks").doesNotContain("<!here>");
		awaitDm(this.owner, "requested changes to the *Threat model review*");
		ReviewSummary reopened = review(key, ReviewKind.THREAT_MODEL);
		assertThat(reopened.changesRequestedBy()).containsExactly(Role.ML_ARCHITECT);
		assertThat(this.audit.about("review:" + key + "/threat-model")).anyMatch(
				(e) -> e.action().equals("review.changes-requested") && e.details().contains("Cover RAG poisoning"));

		click(this.security, "review_approve", Long.toString(id), INITIATIVES_CHANNEL);
		click(this.architect, "review_approve", Long.toString(id), INITIATIVES_CHANNEL);
		await().atMost(Duration.ofSeconds(20)).until(() -> review(key, ReviewKind.THREAT_MODEL).approved());
		awaitReplies(ts, "is approved by every required role");
		assertThat(review(key, ReviewKind.THREAT_MODEL).approved()).isTrue();
	}

	@Test
	void commentsGoToTheThread() {
		String key = create(this.owner, "\"Search ranking\"");
		String ts = awaitThread(key);
		long id = review(key, ReviewKind.MONITORING_PLAN).id();
		String commenter = user("COMMENTER");

		click(commenter, "review_comment", Long.toString(id), INITIATIVES_CHANNEL);
		assertThat(awaitCalls("views.open", 1).get(0).get("view")).contains(ReviewModals.COMMENT_CALLBACK);
		submit(commenter, ReviewModals.COMMENT_CALLBACK, id + "|" + INITIATIVES_CHANNEL,
				textValue(new JsonObject(), ReviewModals.TEXT, "Which drift metrics?"));

		assertThat(awaitReplies(ts, "Which drift metrics?").get(0).get("text"))
			.contains("<@" + commenter + "> on the *Monitoring plan review*");
	}

	@Test
	void bothGatedStagesRefuseWithTheMissingApprovalsUntilTheReviewsAreApproved() {
		String key = create(this.owner, "\"Fraud rules\"");
		awaitThread(key);
		assertThat(command(this.owner, "initiative advance " + key).text()).contains("*In development*");

		String refused = command(this.owner, "initiative advance " + key).text();
		assertThat(refused).contains("cannot enter *Pre-deployment* yet")
			.contains("*Threat model* — waiting for Security architect, ML architect")
			.doesNotContain("Monitoring plan");
		assertThat(this.initiatives.details(key).orElseThrow().stage()).isEqualTo(Stage.IN_DEVELOPMENT);

		approve(key, ReviewKind.THREAT_MODEL, this.security, this.architect);
		assertThat(command(this.owner, "initiative advance " + key).text()).contains("*Pre-deployment*");

		String notYet = command(this.owner, "initiative advance " + key).text();
		assertThat(notYet).contains("cannot enter *In production* yet")
			.contains("*Monitoring plan* — waiting for ML engineer, Security architect");
		assertThat(this.initiatives.details(key).orElseThrow().stage()).isEqualTo(Stage.PRE_DEPLOYMENT);

		approve(key, ReviewKind.MONITORING_PLAN, this.engineer, this.security);
		assertThat(command(this.owner, "initiative advance " + key).text()).contains("*In production*");
		assertThat(this.initiatives.details(key).orElseThrow().stage()).isEqualTo(Stage.IN_PRODUCTION);
		assertThat(command(this.owner, "initiative advance " + key).text()).contains("*Retired*");
		assertThat(command(this.owner, "initiative advance " + key).text()).contains("no further stage");
	}

	@Test
	void reviewsAreRequestedByHandByTheOwnerOrAnAdmin() {
		String key = create(this.owner, "\"Doc search\"");
		String ts = awaitThread(key);

		assertThat(command(user("RANDOM"), "review request " + key + " ux").text()).contains("Only its owner");
		assertThat(command(this.owner, "review request " + key + " vibes").text())
			.contains("Unknown review kind `vibes`")
			.contains("threat-model privacy bias");
		assertThat(command(this.owner, "review request AI-0 ux").text()).contains("There is no initiative `AI-0`");
		assertThat(command(this.owner, "review request " + key).text())
			.contains("Name an initiative and a review kind");
		assertThat(command(this.owner, "review request " + key + " ux").text())
			.contains("Requested the *User experience review*");
		awaitReplies(ts, "*User experience review* requested for *" + key + "* by <@" + this.owner + ">");
		assertThat(command(ADMIN, "review request " + key + " UX").text()).contains("already has a");
		assertThat(this.reviews.of(key)).extracting(ReviewSummary::kind)
			.containsExactly(ReviewKind.THREAT_MODEL, ReviewKind.MONITORING_PLAN, ReviewKind.UX);

		// the gate now also needs the review requested by hand
		command(this.owner, "initiative advance " + key);
		approve(key, ReviewKind.THREAT_MODEL, this.security, this.architect);
		assertThat(command(this.owner, "initiative advance " + key).text()).contains("*User experience*");
	}

	@Test
	void reviewListsAndTheAppHomeShowWhatWaitsForWhom() {
		// requested earlier than every other test's reviews, so that lists (soonest due
		// first, 40 at most) show them however many other tests left open
		this.clock.set(this.clock.instant().minus(java.time.Duration.ofDays(60)));
		String key = create(this.owner, "\"Call summaries\" --genai");
		this.clock.reset();
		awaitThread(key);
		String threat = user("THREAT");
		own(Role.THREAT_ANALYST, threat);

		assertThat(command(threat, "review list mine").text()).contains("`" + key + "` *Model scan*")
			.doesNotContain("*Threat model*");
		// the list shows the 40 reviews due soonest: in a context that other tests
		// filled,
		// this one may be among the rest
		String all = command(this.security, "review list").text();
		boolean soonest = this.reviewQueries.open()
			.stream()
			.limit(40)
			.anyMatch((r) -> r.initiativeKey().equals(key) && r.kind() == ReviewKind.THREAT_MODEL);
		if (soonest) {
			assertThat(all).contains("`" + key + "` *Threat model*");
		}
		else {
			assertThat(all).contains("*Open reviews* (" + this.reviewQueries.open().size() + ")").contains("more.");
		}
		assertThat(command(this.security, "review list everything").text()).contains("takes nothing or `mine`");

		event("Ev" + threat,
				"{\"type\":\"app_home_opened\",\"user\":\"" + threat + "\",\"tab\":\"home\",\"channel\":\"D1\"}");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.slack.calls("views.publish").stream().anyMatch((c) -> threat.equals(c.get("user_id"))));
		String home = this.slack.calls("views.publish")
			.stream()
			.filter((c) -> threat.equals(c.get("user_id")))
			.findFirst()
			.orElseThrow()
			.get("view");
		assertThat(home).contains("Reviews waiting for you")
			.contains(key)
			.contains("Model scan")
			.contains("My initiatives");

		event("Ev" + this.owner,
				"{\"type\":\"app_home_opened\",\"user\":\"" + this.owner + "\",\"tab\":\"home\",\"channel\":\"D2\"}");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.slack.calls("views.publish")
				.stream()
				.anyMatch((c) -> this.owner.equals(c.get("user_id"))));
		assertThat(this.slack.calls("views.publish")
			.stream()
			.filter((c) -> this.owner.equals(c.get("user_id")))
			.findFirst()
			.orElseThrow()
			.get("view")).contains("My initiatives").contains(key).contains("Call summaries");
	}

	private void approve(String key, ReviewKind kind, String... deciders) {
		long id = review(key, kind).id();
		for (String decider : deciders) {
			click(decider, "review_approve", Long.toString(id), INITIATIVES_CHANNEL);
		}
		await().atMost(Duration.ofSeconds(20)).until(() -> review(key, kind).approved());
	}

	private ReviewSummary review(String key, ReviewKind kind) {
		return this.reviews.of(key).stream().filter((r) -> r.kind() == kind).findFirst().orElseThrow();
	}

	private List<Map<String, String>> awaitEphemeral(String containing) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.slack.calls("chat.postEphemeral")
				.stream()
				.anyMatch((c) -> c.get("text").contains(containing)));
		return this.slack.calls("chat.postEphemeral")
			.stream()
			.filter((c) -> c.get("text").contains(containing))
			.toList();
	}

}
