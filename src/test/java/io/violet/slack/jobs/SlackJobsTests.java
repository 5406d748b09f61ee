package io.violet.slack.jobs;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.micrometer.core.instrument.MeterRegistry;
import io.violet.audit.AuditTrail;
import io.violet.slack.Effect;
import io.violet.slack.EventRepublication;
import io.violet.slack.SlackJobStatus;
import io.violet.slack.SlackJobs;
import io.violet.testing.SlackTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@Import(TestWork.class)
class SlackJobsTests extends SlackTestSupport {

	@Autowired
	SlackJobs jobs;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	EventRepublication republication;

	@Autowired
	AuditTrail audit;

	@Autowired
	MeterRegistry meters;

	private static String subject() {
		return "JOB" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
	}

	private List<Map<String, String>> posts(String subject) {
		return this.slack.calls("chat.postMessage", "channel", "C" + subject);
	}

	private SlackJobStatus awaitState(String key, SlackJobStatus.State state) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jobs.find(key).map((j) -> j.state() == state).orElse(false));
		return this.jobs.find(key).orElseThrow();
	}

	private void submitInTransaction(String type, String key, String subject, boolean commit) {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			this.jobs.submit(type, key, subject);
			if (!commit) {
				status.setRollbackOnly();
			}
		});
	}

	@Test
	void aJobRunsOnceWhenItsTransactionCommitsAndNotAtAllWhenItRollsBack() {
		String subject = subject();
		String key = "test.posts:" + subject;
		submitInTransaction("test.posts", key, subject, true);
		awaitState(key, SlackJobStatus.State.DONE);
		assertThat(posts(subject)).extracting((c) -> c.get("text"))
			.containsExactly("first of " + subject, "second of " + subject);
		assertThat(posts(subject).get(0).get("metadata")).contains("violet_effect", key + ":first");
		assertThat(this.slack.calls("pins.add", "channel", "C" + subject)).hasSize(1);
		assertThat(this.jdbc.queryForList(
				"SELECT effect_key FROM slack_effect e JOIN slack_job j ON j.id = e.job_id WHERE j.job_key = ?",
				String.class, key))
			.containsExactlyInAnyOrder(key + ":first", key + ":pin", key + ":second");

		// the same key again is the same job
		submitInTransaction("test.posts", key, subject, true);
		this.clock.advance(Duration.ofMinutes(1));
		runDueSlackJobs();
		assertThat(posts(subject)).hasSize(2);

		String rolledBack = subject();
		submitInTransaction("test.posts", "test.posts:" + rolledBack, rolledBack, false);
		runDueSlackJobs();
		assertThat(this.jobs.find("test.posts:" + rolledBack)).isEmpty();
		assertThat(posts(rolledBack)).isEmpty();
	}

	@Test
	void workQueuedWhileACommandIsHandledStartsOnlyAfterItsAck() {
		String subject = subject();
		Answer answer = command(ADMIN, "testack " + subject);
		// the handler gave the job three seconds to start behind its back
		assertThat(answer.text()).isEqualTo("waited for the answer");
		awaitState("test.posts:" + subject, SlackJobStatus.State.DONE);
		assertThat(posts(subject)).hasSize(2);
	}

	@Test
	void aLongRetryAfterGivesTheJobBackWithSlacksTimeInsteadOfSleeping() {
		String subject = subject();
		String key = "test.posts:" + subject;
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/chat.postMessage"))
				.atPriority(10)
				.withRequestBody(containing("channel=C" + subject))
				.inScenario(subject)
				.whenScenarioStateIs(Scenario.STARTED)
				.willReturn(aResponse().withStatus(429)
					.withHeader("Retry-After", "90")
					.withBody("{\"ok\":false,\"error\":\"ratelimited\"}"))
				.willSetStateTo("free"));
		this.jobs.submit("test.posts", key, subject);

		// back to pending long before a 90 s sleep would have ended, with Slack's time
		await().atMost(Duration.ofSeconds(30)).until(() -> this.jobs.find(key).orElseThrow().lastError() != null);
		SlackJobStatus waiting = this.jobs.find(key).orElseThrow();
		assertThat(waiting.state()).isEqualTo(SlackJobStatus.State.PENDING);
		assertThat(waiting.notBefore())
			.isAfterOrEqualTo(this.clock.instant().plusSeconds(90).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
		assertThat(waiting.failures()).as("a rate limit is not a failure").isZero();
		assertThat(runDueSlackJobs()).isZero();
		this.clock.advance(Duration.ofSeconds(60));
		assertThat(runDueSlackJobs()).isZero();
		assertThat(posts(subject)).hasSize(1);

		this.clock.advance(Duration.ofSeconds(31));
		assertThat(runDueSlackJobs()).isEqualTo(1);
		assertThat(this.jobs.find(key).orElseThrow().state()).isEqualTo(SlackJobStatus.State.DONE);
		assertThat(posts(subject)).extracting((c) -> c.get("text"))
			.containsExactly("first of " + subject, "first of " + subject, "second of " + subject);
		assertThat(this.slack.calls("pins.add", "channel", "C" + subject)).hasSize(1);
	}

	@Test
	void aRunAfterALostAnswerFindsThePostInTheChannelInsteadOfPostingAgain() {
		String subject = subject();
		String key = "test.posts:" + subject;
		// the first post reaches Slack, but its answer is lost
		var lost = this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/chat.postMessage"))
				.atPriority(10)
				.withRequestBody(containing("channel=C" + subject))
				.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		this.jobs.submit("test.posts", key, subject);
		await().atMost(Duration.ofSeconds(30)).until(() -> this.jobs.find(key).orElseThrow().failures() == 1);
		SlackJobStatus failed = this.jobs.find(key).orElseThrow();
		assertThat(failed.lastError()).contains("chat.postMessage");
		this.slack.server().removeStub(lost);
		this.slack.stub("conversations.history",
				"{\"ok\":true,\"messages\":[{\"type\":\"message\",\"ts\":\"1700000000.000777\",\"text\":\"first\","
						+ "\"metadata\":{\"event_type\":\"violet_effect\",\"event_payload\":{\"key\":\"" + key
						+ ":first\"}}}],\"has_more\":false}");

		advanceAndRunSlackJobs(Duration.ofMinutes(1));

		assertThat(this.jobs.find(key).orElseThrow().state()).isEqualTo(SlackJobStatus.State.DONE);
		assertThat(this.slack.calls("conversations.history", "channel", "C" + subject)).isNotEmpty();
		assertThat(posts(subject)).extracting((c) -> c.get("text"))
			.containsExactly("first of " + subject, "second of " + subject);
		assertThat(this.slack.calls("pins.add", "channel", "C" + subject)).singleElement()
			.satisfies((c) -> assertThat(c.get("timestamp")).isEqualTo("1700000000.000777"));
	}

	@Test
	void transientFailuresPastTheCapParkTheJobUntilAnAdminRetriesIt() {
		String subject = subject();
		String key = "test.posts:" + subject;
		var down = this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/chat.postMessage"))
				.atPriority(10)
				.withRequestBody(containing("channel=C" + subject))
				.willReturn(aResponse().withStatus(500)));
		this.jobs.submit("test.posts", key, subject);
		await().atMost(Duration.ofSeconds(30)).until(() -> this.jobs.find(key).orElseThrow().failures() == 1);
		for (int i = 0; i < 20 && this.jobs.find(key).orElseThrow().state() != SlackJobStatus.State.PARKED; i++) {
			advanceAndRunSlackJobs(Duration.ofHours(1));
		}
		SlackJobStatus parked = this.jobs.find(key).orElseThrow();
		assertThat(parked.state()).isEqualTo(SlackJobStatus.State.PARKED);
		assertThat(parked.failures()).isEqualTo(8);
		int calls = posts(subject).size();
		assertThat(calls).as("one try per run, never more than the cap").isEqualTo(8);
		advanceAndRunSlackJobs(Duration.ofDays(1));
		assertThat(posts(subject)).hasSize(calls);

		long id = this.jdbc.queryForObject("SELECT id FROM slack_job WHERE job_key = ?", Long.class, key);
		assertThat(command("UNOBODY", "ops failed").text()).contains("Only Violet admins");
		Answer listed = command(ADMIN, "ops failed");
		assertThat(listed.body()).contains("J-" + id, "test posts " + subject, "gave up after 8 failures", "HTTP 500",
				"8 attempts", "What to do");

		this.slack.server().removeStub(down);
		assertThat(command(ADMIN, "ops retry J-" + id).text()).contains("Retrying J-" + id);
		awaitState(key, SlackJobStatus.State.DONE);
		assertThat(posts(subject).subList(calls, posts(subject).size())).extracting((c) -> c.get("text"))
			.containsExactly("first of " + subject, "second of " + subject);
		assertThat(this.audit.about("slack:parked-work")).anySatisfy((entry) -> {
			assertThat(entry.actor()).isEqualTo(ADMIN);
			assertThat(entry.details()).contains("J-" + id);
		});
		assertThat(command(ADMIN, "ops failed").body()).doesNotContain("J-" + id + "*");
	}

	@Test
	void aPermanentErrorIsRecordedNeverRepeatedAndAdminsAreToldOnce() {
		String first = subject();
		String second = subject();
		for (String subject : List.of(first, second)) {
			this.slack.server()
				.stubFor(WireMock.post(urlEqualTo("/api/chat.postMessage"))
					.atPriority(10)
					.withRequestBody(containing("channel=C" + subject))
					.willReturn(okJson("{\"ok\":false,\"error\":\"missing_scope\",\"needed\":\"chat:write\"}")));
		}
		this.jobs.submit("test.posts", "test.posts:" + first, first);
		awaitState("test.posts:" + first, SlackJobStatus.State.DONE);
		this.jobs.submit("test.posts", "test.posts:" + second, second);
		awaitState("test.posts:" + second, SlackJobStatus.State.DONE);
		assertThat(TestWork.OUTCOMES.get(first)).extracting(Effect::status)
			.containsExactly(Effect.Status.FAILED, Effect.Status.SKIPPED, Effect.Status.FAILED);
		assertThat(TestWork.OUTCOMES.get(first).get(0).error()).isEqualTo("missing_scope");
		assertThat(posts(first)).hasSize(2);

		// admins hear of it once, whatever how much work it stops
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jobs.find("slack.admin-notice:missing_scope:chat.postMessage")
				.map((j) -> j.state() == SlackJobStatus.State.DONE)
				.orElse(false));
		List<Map<String, String>> notices = this.slack.calls("chat.postMessage", "channel", "D" + ADMIN)
			.stream()
			.filter((c) -> c.get("text").contains("missing_scope"))
			.toList();
		assertThat(notices).singleElement()
			.satisfies(
					(c) -> assertThat(c.get("text")).contains("chat.postMessage", "Reinstall", "/violet ops failed"));

		// a rerun answers from the record
		long firstJob = this.jdbc.queryForObject("SELECT id FROM slack_job WHERE job_key = ?", Long.class,
				"test.posts:" + first);
		List<Long> effects = this.jdbc.queryForList(
				"SELECT id FROM slack_effect WHERE job_id = ? AND parked = TRUE ORDER BY id", Long.class, firstJob);
		assertThat(effects).hasSize(2);
		Answer listed = command(ADMIN, "ops failed");
		assertThat(listed.body()).contains("E-" + effects.get(0), "missing_scope", "test.posts:" + first + ":first");
		this.slack.server().resetRequests();
		assertThat(command(ADMIN, "ops retry E-" + effects.get(0)).text()).contains("Retrying");
		awaitState("test.posts:" + first, SlackJobStatus.State.DONE);
		await().atMost(Duration.ofSeconds(20)).until(() -> posts(first).size() == 1);
		assertThat(posts(first)).singleElement()
			.satisfies((c) -> assertThat(c.get("text")).isEqualTo("first of " + first));
		assertThat(this.meters.find("violet.effects.parked").gauge()).isNotNull();
	}

	@Test
	void notInChannelJoinsAPublicChannelAndPostsOnce() {
		String subject = subject();
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/chat.postMessage"))
				.atPriority(10)
				.withRequestBody(containing("channel=C" + subject))
				.inScenario(subject)
				.whenScenarioStateIs(Scenario.STARTED)
				.willReturn(okJson("{\"ok\":false,\"error\":\"not_in_channel\"}"))
				.willSetStateTo("joined"));
		String key = "test.posts:" + subject;
		this.jobs.submit("test.posts", key, subject);
		awaitState(key, SlackJobStatus.State.DONE);
		assertThat(this.slack.calls("conversations.join", "channel", "C" + subject)).hasSize(1);
		assertThat(TestWork.OUTCOMES.get(subject)).allSatisfy((e) -> assertThat(e.isDone()).isTrue());
		assertThat(posts(subject)).hasSize(3);
	}

	@Test
	void workCanParkItsJobAndAParkedJobIsListedUntilRetried() {
		String subject = subject();
		String key = "test.parks:" + subject;
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/chat.postMessage"))
				.atPriority(10)
				.withRequestBody(containing("channel=C" + subject))
				.willReturn(okJson("{\"ok\":false,\"error\":\"channel_not_found\"}")));
		this.jobs.submit("test.parks", key, subject);
		SlackJobStatus parked = awaitState(key, SlackJobStatus.State.PARKED);
		assertThat(parked.lastError()).isEqualTo("channel_not_found");
		assertThat(parked.whatToDo()).isEqualTo("Fix the channel " + subject);
		assertThat(command(ADMIN, "ops failed").body()).contains("Fix the channel " + subject);
		advanceAndRunSlackJobs(Duration.ofDays(2));
		assertThat(posts(subject)).hasSize(1);
		assertThat(command(ADMIN, "ops retry J-x").text()).contains("not a list of ids");
		assertThat(command(ADMIN, "ops retry").text()).contains("Name what to retry");
		assertThat(command(ADMIN, "ops nonsense").text()).contains("Unknown ops command");
	}

	@Test
	void aSlowRunIsNeverStartedASecondTimeWhileItStillRuns() {
		String subject = subject();
		String key = "test.slow:" + subject;
		this.jobs.submit("test.slow", key, subject);
		await().atMost(Duration.ofSeconds(30)).until(() -> posts(subject).size() == 1);
		// hours pass for everyone else: publications and jobs alike are looked at again
		for (int i = 0; i < 3; i++) {
			this.clock.advance(Duration.ofHours(2));
			runDueSlackJobs();
			this.republication.markStale();
			this.republication.resubmitFailedOlderThan(Duration.ZERO);
		}
		assertThat(this.jobs.find(key).orElseThrow().state()).isEqualTo(SlackJobStatus.State.RUNNING);
		assertThat(TestWork.RUNS).filteredOn((r) -> r.endsWith(subject)).hasSize(1);

		TestWork.gate(subject).countDown();
		awaitState(key, SlackJobStatus.State.DONE);
		assertThat(TestWork.RUNS).filteredOn((r) -> r.endsWith(subject)).hasSize(1);
		assertThat(posts(subject)).extracting((c) -> c.get("text"))
			.containsExactly("before the wait of " + subject, "after the wait of " + subject);
	}

	@Test
	void refreshWorkRunsAgainWhenAskedAgainAndItsKeyedEffectsStayOnce() {
		String subject = subject();
		String key = "test.refresh:" + subject;
		this.jobs.refresh("test.refresh", key, subject);
		awaitState(key, SlackJobStatus.State.DONE);
		this.jobs.refresh("test.refresh", key, subject);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.slack.calls("chat.update", "channel", "C" + subject).size() == 2);
		awaitState(key, SlackJobStatus.State.DONE);
		assertThat(posts(subject)).hasSize(1);
		assertThat(TestWork.RUNS).filteredOn((r) -> r.endsWith(subject)).hasSize(2);
	}

}
