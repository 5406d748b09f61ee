package io.violet.training;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.slack.SlackJobStatus;
import io.violet.slack.SlackJobs;
import io.violet.slack.UserReachability;
import io.violet.testing.SlackTestSupport;
import io.violet.training.slack.DeliveryWorker;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Training deliveries under the faults real workspaces produce, end to end through
 * {@code /slack/events}: a refusal a person must fix is parked where admins see it and
 * sent once after their retry, a long rate limit pauses the queue instead of a thread,
 * and Slack failing for one person stops at the cap.
 */
class TrainingDeliveryFaultTests extends SlackTestSupport {

	@Autowired
	Directory directory;

	@Autowired
	DeliveryWorker worker;

	@Autowired
	SlackJobs slackJobs;

	@Autowired
	UserReachability reachability;

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

	private long schedule(String topic, String... invitees) {
		String hr = uid("UH");
		this.directory.assign(Role.HR, List.of(hr), false, ADMIN);
		StringBuilder invite = new StringBuilder();
		for (String user : invitees) {
			invite.append(" <@").append(user).append('>');
		}
		long id = idIn(
				command(hr, "training schedule " + topic + " 2031-05-01 10:00 --tz UTC --invite" + invite).text());
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.queryForObject(
					"SELECT COUNT(*) FROM training_delivery WHERE session_id = ? AND kind = 'INVITE'", Integer.class,
					id) >= invitees.length);
		return id;
	}

	private Map<String, Object> invite(long sessionId, String user) {
		return this.jdbc.queryForMap("SELECT id, status, reason, attempts FROM training_delivery "
				+ "WHERE session_id = ? AND user_id = ? AND kind = 'INVITE'", sessionId, user);
	}

	private String parkedJob(long deliveryId) {
		return "training.delivery-parked:" + deliveryId + ":0";
	}

	private long jobId(String key) {
		return this.jdbc.queryForObject("SELECT id FROM slack_job WHERE job_key = ?", Long.class, key);
	}

	@Test
	void aRefusalAPersonMustFixIsParkedListedForAdminsAndSentOnceAfterTheirRetry() {
		String refused = uid("UR");
		String fine = uid("UF");
		var missingScope = this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/conversations.open"))
				.atPriority(10)
				.withRequestBody(containing(refused))
				.willReturn(okJson("{\"ok\":false,\"error\":\"missing_scope\",\"needed\":\"im:write\"}")));
		long session = schedule("threat-landscape", refused, fine);

		this.worker.drain();
		await().atMost(Duration.ofSeconds(30)).until(() -> postsTo(fine).size() == 1);
		assertThat(invite(session, refused).get("status")).isEqualTo("FAILED");
		long delivery = ((Number) invite(session, refused).get("id")).longValue();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.slackJobs.find(parkedJob(delivery))
				.map((j) -> j.state() == SlackJobStatus.State.PARKED)
				.orElse(false));
		String listed = command(ADMIN, "ops failed").body();
		assertThat(listed).contains("training message " + delivery, "missing_scope", "Reinstall the Slack app");
		assertThat(this.slackJobs.find("slack.admin-notice:missing_scope:conversations.open")).isPresent();

		// never tried blindly again
		int opens = this.slack.calls("conversations.open", "users", refused).size();
		this.clock.advance(Duration.ofHours(1));
		this.worker.drain();
		runDueSlackJobs();
		assertThat(this.slack.calls("conversations.open", "users", refused)).hasSize(opens);

		this.slack.server().removeStub(missingScope);
		long job = jobId(parkedJob(delivery));
		assertThat(command(ADMIN, "ops retry J-" + job).text()).contains("Retrying J-" + job);
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			this.worker.drain();
			return postsTo(refused).size() == 1;
		});
		assertThat(invite(session, refused).get("status")).isEqualTo("SENT");
		assertThat(postsTo(fine)).hasSize(1);
		assertThat(command(ADMIN, "ops failed").body()).doesNotContain("training message " + delivery + " ");
	}

	@Test
	void accountInactiveIsParkedAsVioletsDeadTokenNotRecordedAsAPersonWhoLeft() {
		String invitee = uid("UI");
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/conversations.open"))
				.atPriority(10)
				.withRequestBody(containing(invitee))
				.willReturn(okJson("{\"ok\":false,\"error\":\"account_inactive\"}")));
		long session = schedule("threat-landscape", invitee);

		this.worker.drain();
		long delivery = ((Number) invite(session, invitee).get("id")).longValue();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.slackJobs.find(parkedJob(delivery))
				.map((j) -> j.state() == SlackJobStatus.State.PARKED)
				.orElse(false));
		assertThat(invite(session, invitee).get("reason")).isEqualTo("account_inactive");
		assertThat(command(ADMIN, "ops failed").body()).contains("training message " + delivery, "account_inactive",
				"SLACK_BOT_TOKEN");
		assertThat(this.reachability.isReachable(invitee)).isTrue();
	}

	@Test
	void aLongRetryAfterPausesTheQueueUntilThenInsteadOfSleeping() {
		String limited = uid("UL");
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/chat.postMessage"))
				.atPriority(10)
				.withRequestBody(containing("channel=D" + limited))
				.inScenario(limited)
				.whenScenarioStateIs(Scenario.STARTED)
				.willReturn(aResponse().withStatus(429)
					.withHeader("Retry-After", "120")
					.withBody("{\"ok\":false,\"error\":\"ratelimited\"}"))
				.willSetStateTo("free"));
		long session = schedule("ethical-ai", limited);

		long started = System.nanoTime();
		this.worker.drain();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
		await().atMost(Duration.ofSeconds(30)).until(() -> postsTo(limited).size() == 1);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> String.valueOf(invite(session, limited).get("reason")).startsWith("rate limited until"));
		assertThat(invite(session, limited).get("status")).isEqualTo("PENDING");
		assertThat(((Number) invite(session, limited).get("attempts")).intValue()).isZero();

		// the queue waits for Slack's time, not a thread
		this.clock.advance(Duration.ofSeconds(60));
		this.worker.drain();
		assertThat(postsTo(limited)).hasSize(1);
		this.clock.advance(Duration.ofSeconds(61));
		this.worker.drain();
		assertThat(postsTo(limited)).hasSize(2);
		assertThat(invite(session, limited).get("status")).isEqualTo("SENT");
	}

	@Test
	void slackFailingForOnePersonStopsAtTheCapIsParkedAndSentOnceAfterARetry() {
		String unlucky = uid("UU");
		var down = this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/chat.postMessage"))
				.atPriority(10)
				.withRequestBody(containing("channel=D" + unlucky))
				.willReturn(aResponse().withStatus(503)));
		long session = schedule("human-oversight", unlucky);

		for (int i = 0; i < 30 && !"FAILED".equals(invite(session, unlucky).get("status")); i++) {
			this.worker.drain();
			this.clock.advance(Duration.ofMinutes(16));
		}
		assertThat(invite(session, unlucky).get("status")).isEqualTo("FAILED");
		assertThat(postsTo(unlucky)).hasSize(8);
		long delivery = ((Number) invite(session, unlucky).get("id")).longValue();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.slackJobs.find(parkedJob(delivery))
				.map((j) -> j.state() == SlackJobStatus.State.PARKED)
				.orElse(false));
		assertThat(command(ADMIN, "ops failed").body()).contains("training message " + delivery,
				"gave up after 8 failures");
		this.clock.advance(Duration.ofHours(1));
		this.worker.drain();
		assertThat(postsTo(unlucky)).hasSize(8);

		this.slack.server().removeStub(down);
		long job = jobId(parkedJob(delivery));
		assertThat(command(ADMIN, "ops retry J-" + job).text()).contains("Retrying J-" + job);
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			this.worker.drain();
			return postsTo(unlucky).size() == 9;
		});
		assertThat(invite(session, unlucky).get("status")).isEqualTo("SENT");
	}

	@Test
	void aMessageWhoseAnswerWasLostIsFoundInTheDmAndNotPostedAgain() {
		String person = uid("UT");
		// Slack made the post but its answer never arrived: the first try sees a 503
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/chat.postMessage"))
				.atPriority(10)
				.withRequestBody(containing("channel=D" + person))
				.inScenario(person)
				.whenScenarioStateIs(Scenario.STARTED)
				.willReturn(aResponse().withStatus(503))
				.willSetStateTo("answered"));
		long session = schedule("threat-landscape", person);
		long delivery = ((Number) invite(session, person).get("id")).longValue();
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/conversations.history"))
				.atPriority(10)
				.withRequestBody(containing("channel=D" + person))
				.willReturn(okJson("{\"ok\":true,\"messages\":[{\"type\":\"message\",\"ts\":\"1700000000.000077\","
						+ "\"text\":\"invite\",\"metadata\":{\"event_type\":\"violet_training_delivery\","
						+ "\"event_payload\":{\"delivery\":\"" + delivery + "\"}}}]}")));

		this.worker.drain();
		await().atMost(Duration.ofSeconds(30)).until(() -> postsTo(person).size() == 1);
		assertThat(invite(session, person).get("status")).isEqualTo("PENDING");
		for (int i = 0; i < 10 && !"SENT".equals(invite(session, person).get("status")); i++) {
			this.clock.advance(Duration.ofMinutes(16));
			this.worker.drain();
		}
		assertThat(invite(session, person).get("status")).isEqualTo("SENT");
		assertThat(this.jdbc.queryForObject("SELECT message_ts FROM training_delivery WHERE id = ?", String.class,
				delivery))
			.isEqualTo("1700000000.000077");
		assertThat(postsTo(person)).as("posted once, by the try whose answer was lost").hasSize(1);
	}

}
