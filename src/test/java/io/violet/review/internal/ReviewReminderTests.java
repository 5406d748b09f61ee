package io.violet.review.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.violet.directory.Role;
import io.violet.initiative.InitiativeTestSupport;
import io.violet.review.ReviewKind;
import io.violet.review.ReviewSummary;
import io.violet.review.Reviews;
import io.violet.slack.EventRepublication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nudges and escalation, driven by moving the clock and running the sweep directly.
 * Everyone is in Europe/Berlin (the Slack stub's default) unless a test says otherwise;
 * the organisation's zone is UTC. An initiative created on Monday 2027-03-01 09:00 Berlin
 * has its threat model (10 business days) due Monday 2027-03-15 08:00 UTC, so its owners
 * are nudged from Friday 2027-03-12 08:00 UTC.
 */
class ReviewReminderTests extends InitiativeTestSupport {

	static final Instant CREATED = Instant.parse("2027-03-01T08:00:00Z");

	static final Instant DUE = Instant.parse("2027-03-15T08:00:00Z");

	@Autowired
	ReviewReminders reminders;

	@Autowired
	Reviews reviews;

	@Autowired
	EventRepublication republication;

	String security;

	String architect;

	String securityBackup;

	String owner;

	@BeforeEach
	void people() {
		this.security = user("SEC");
		this.architect = user("ARCH");
		this.securityBackup = user("SECBK");
		this.owner = user("OWNER");
		own(Role.SECURITY_ARCHITECT, this.security);
		backUp(Role.SECURITY_ARCHITECT, this.securityBackup);
		own(Role.ML_ARCHITECT, this.architect);
		this.clock.set(CREATED);
	}

	@Test
	void ownersAreNudgedOneBusinessDayBeforeDueOnlyWithinTheirWorkingHoursAndOnlyOnce() {
		String key = create(this.owner, "\"Nudged\"");
		ReviewSummary threatModel = review(key, ReviewKind.THREAT_MODEL);
		assertThat(threatModel.dueAt()).isEqualTo(DUE);

		this.clock.set(Instant.parse("2027-03-11T10:00:00Z"));
		this.reminders.sweep();
		// Friday 18:30 in Berlin: after the nudge time, outside working hours
		this.clock.set(Instant.parse("2027-03-12T17:30:00Z"));
		this.reminders.sweep();
		assertThat(nudges(this.security, key)).isEmpty();

		// Friday 10:00 in Berlin
		this.clock.set(Instant.parse("2027-03-12T09:00:00Z"));
		this.reminders.sweep();
		awaitDm(this.security, "Reminder: the *Threat model review* of *" + key + "*");
		awaitDm(this.architect, "Reminder: the *Threat model review* of *" + key + "*");
		assertThat(awaitDm(this.security, "Reminder: the *Threat model review* of *" + key + "*").get(0).get("blocks"))
			.contains("review_approve");

		this.clock.advance(Duration.ofHours(2));
		this.reminders.sweep();
		this.clock.advance(Duration.ofMinutes(2));
		this.republication.resubmitFailed();
		awaitDm(this.security, "Reminder: the *Monitoring plan review* of *" + key + "*");
		assertThat(nudges(this.security, key)).filteredOn((c) -> c.get("text").contains("Threat model")).hasSize(1);
		assertThat(dmsTo(this.securityBackup)).noneMatch((c) -> c.get("text").contains(key));
	}

	@Test
	void decidedRolesAndApprovedReviewsAreNeverNudged() {
		String key = create(this.owner, "\"Decided\"");
		long threatModel = review(key, ReviewKind.THREAT_MODEL).id();
		click(this.architect, "review_approve", Long.toString(threatModel), INITIATIVES_CHANNEL);
		click(this.security, "review_approve", Long.toString(review(key, ReviewKind.MONITORING_PLAN).id()),
				INITIATIVES_CHANNEL);
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> review(key, ReviewKind.THREAT_MODEL).waitingFor().equals(List.of(Role.SECURITY_ARCHITECT)));

		this.clock.set(Instant.parse("2027-03-12T09:00:00Z"));
		this.reminders.sweep();

		awaitDm(this.security, "Reminder: the *Threat model review* of *" + key + "*");
		String engineerNudge = "Reminder: the *Monitoring plan review* of *" + key + "*";
		assertThat(dmsTo(this.architect))
			.noneMatch((c) -> c.get("text").contains("Reminder") && c.get("text").contains(key));
		assertThat(dmsTo(this.security)).noneMatch((c) -> c.get("text").contains(engineerNudge));

		click(this.security, "review_approve", Long.toString(threatModel), INITIATIVES_CHANNEL);
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> review(key, ReviewKind.THREAT_MODEL).approved());
		this.clock.set(Instant.parse("2027-03-16T09:00:00Z"));
		this.reminders.sweep();
		String ts = awaitThread(key);
		awaitReplies(ts, "*Monitoring plan review* was due");
		assertThat(replies(ts)).noneMatch((c) -> c.get("text").contains("*Threat model review* was due"));
	}

	@Test
	void overdueReviewsTellTheThreadAtOnceAndAskBackupsOnTheNextWorkingDay() {
		String key = create(this.owner, "\"Overdue\"");
		String ts = awaitThread(key);

		// Saturday 11:00 in Berlin, overdue since Monday
		this.clock.set(Instant.parse("2027-03-20T10:00:00Z"));
		this.reminders.sweep();
		String note = awaitReplies(ts, "*Threat model review* was due").get(0).get("text");
		assertThat(note).contains("is overdue").contains("Security architect").doesNotContain("<@");
		assertThat(dmsTo(this.securityBackup)).noneMatch((c) -> c.get("text").contains(key));

		// Monday 10:00 in Berlin
		this.clock.set(Instant.parse("2027-03-22T09:00:00Z"));
		this.reminders.sweep();
		List<Map<String, String>> escalations = awaitDm(this.securityBackup,
				"The *Threat model review* of *" + key + "* was due");
		assertThat(escalations.get(0).get("text")).contains("As a backup of that role, please step in")
			.contains("<@" + this.security + ">");

		this.reminders.sweep();
		this.clock.advance(Duration.ofMinutes(2));
		this.republication.resubmitFailed();
		assertThat(dmsTo(this.securityBackup))
			.filteredOn((c) -> c.get("text").contains("*Threat model review* of *" + key))
			.hasSize(1);
		assertThat(replies(ts)).filteredOn((c) -> c.get("text").contains("*Threat model review* was due")).hasSize(1);
	}

	@Test
	void eachPersonIsRemindedInTheirOwnTimeZone() {
		String tokyo = user("TOKYO");
		own(Role.ML_ARCHITECT, tokyo);
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/users.info"))
				.withRequestBody(containing("user=" + tokyo))
				.atPriority(10)
				.willReturn(okJson("{\"ok\":true,\"user\":{\"id\":\"" + tokyo + "\",\"name\":\"tokyo\","
						+ "\"tz\":\"Asia/Tokyo\",\"is_admin\":false,\"is_owner\":false,\"deleted\":false,\"is_bot\":false}}")));
		String key = create(this.owner, "\"Zones\"");

		// Friday 10:30 in Berlin, 18:30 in Tokyo
		this.clock.set(Instant.parse("2027-03-12T09:30:00Z"));
		this.reminders.sweep();
		awaitDm(this.architect, "Reminder: the *Threat model review* of *" + key + "*");
		assertThat(nudges(tokyo, key)).isEmpty();

		// Monday 09:30 in Tokyo, Sunday night in Berlin, still before due
		this.clock.set(Instant.parse("2027-03-15T00:30:00Z"));
		this.reminders.sweep();
		awaitDm(tokyo, "Reminder: the *Threat model review* of *" + key + "*");
	}

	@Test
	void aReminderQueuedWhileSlackIsDownGoesOutOnceWhenItIsBack() {
		String key = create(this.owner, "\"Outage\"");
		awaitThread(key);
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/conversations.open"))
				.atPriority(10)
				.willReturn(WireMock.aResponse().withStatus(503)));

		this.clock.set(Instant.parse("2027-03-12T09:00:00Z"));
		assertThat(this.reminders.sweep()).isGreaterThan(0);
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> this.slack.calls("conversations.open").size() >= 4);
		assertThat(nudges(this.security, key)).isEmpty();

		this.slack.resetToDefaults();
		this.clock.advance(Duration.ofMinutes(2));
		this.reminders.sweep();
		this.republication.resubmitFailed();
		awaitDm(this.security, "Reminder: the *Threat model review* of *" + key + "*");
		this.republication.resubmitFailed();
		this.reminders.sweep();
		assertThat(nudges(this.security, key)).filteredOn((c) -> c.get("text").contains("Threat model")).hasSize(1);
	}

	private List<Map<String, String>> nudges(String userId, String key) {
		return dmsTo(userId).stream()
			.filter((c) -> c.get("text").contains("Reminder") && c.get("text").contains(key))
			.toList();
	}

	private ReviewSummary review(String key, ReviewKind kind) {
		return this.reviews.of(key).stream().filter((r) -> r.kind() == kind).findFirst().orElseThrow();
	}

}
