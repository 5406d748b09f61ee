package io.violet.initiative.slack;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.violet.directory.Role;
import io.violet.initiative.InitiativeTestSupport;
import io.violet.slack.SlackJobStatus;
import io.violet.slack.SlackJobs;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The initiative thread under the faults real workspaces produce, end to end through
 * {@code /slack/events}: its delivery is one durable Slack job per initiative, so a
 * channel Violet cannot post in is parked for admins, a long rate limit gives the job
 * back instead of sleeping, and a rerun repeats nothing that happened.
 */
class InitiativeThreadFaultTests extends InitiativeTestSupport {

	@Autowired
	SlackJobs slackJobs;

	@Autowired
	JdbcTemplate jdbc;

	private static long idOf(String key) {
		return Long.parseLong(key.substring(key.indexOf('-') + 1));
	}

	private SlackJobStatus threadJob(String key) {
		return this.slackJobs.find("initiative.thread:" + idOf(key)).orElseThrow();
	}

	private boolean threadJobIs(String key, SlackJobStatus.State state) {
		return this.slackJobs.find("initiative.thread:" + idOf(key)).map((j) -> j.state() == state).orElse(false);
	}

	private List<Map<String, String>> parentAttempts(String key) {
		return this.slack.calls("chat.postMessage")
			.stream()
			.filter((c) -> INITIATIVES_CHANNEL.equals(c.get("channel")) && !c.containsKey("thread_ts")
					&& c.get("text").startsWith(key + " "))
			.toList();
	}

	@Test
	void aChannelVioletCannotPostInIsParkedListedForAdminsAndTheThreadFollowsOnRetry() {
		String creator = user("NOTIN");
		var refused = this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/chat.postMessage"))
				.withRequestBody(containing("channel=" + INITIATIVES_CHANNEL))
				.withRequestBody(notContaining("thread_ts"))
				.atPriority(10)
				.willReturn(okJson("{\"ok\":false,\"error\":\"not_in_channel\"}")));
		var noJoin = this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/conversations.join"))
				.atPriority(10)
				.willReturn(okJson("{\"ok\":false,\"error\":\"method_not_supported_for_channel_type\"}")));

		String key = create(creator, "\"Private channel bot\"");

		awaitDm(creator, "could not be started");
		awaitDm(ADMIN, "could not be started");
		await().atMost(Duration.ofSeconds(20)).until(() -> threadJobIs(key, SlackJobStatus.State.PARKED));
		assertThat(this.initiatives.details(key).orElseThrow().threadTs()).isNull();
		assertThat(threadJob(key).lastError()).contains("not_in_channel");
		String listed = command(ADMIN, "ops failed").body();
		assertThat(listed).contains("thread of initiative " + key, "not_in_channel", "/invite @Violet");

		// time passes and more is said about the initiative: the parent is not tried
		// blindly again, and nobody is told twice
		int tried = parentAttempts(key).size();
		advanceAndRunSlackJobs(Duration.ofHours(2));
		this.initiatives.postInThread(key, "note:parked", io.violet.initiative.ThreadMessage.of("A note meanwhile"));
		await().atMost(Duration.ofSeconds(20)).until(() -> threadJobIs(key, SlackJobStatus.State.PARKED));
		advanceAndRunSlackJobs(Duration.ofHours(2));
		assertThat(parentAttempts(key)).hasSize(tried);
		assertThat(dmsTo(creator)).filteredOn((c) -> c.get("text").contains("could not be started")).hasSize(1);

		this.slack.server().removeStub(refused);
		this.slack.server().removeStub(noJoin);
		long job = this.jdbc.queryForObject("SELECT id FROM slack_job WHERE job_key = ?", Long.class,
				"initiative.thread:" + idOf(key));
		assertThat(command(ADMIN, "ops retry J-" + job).text()).contains("Retrying J-" + job);

		String ts = awaitThread(key);
		awaitReplies(ts, "Threat model review");
		awaitReplies(ts, "A note meanwhile");
		assertThat(parentAttempts(key)).hasSize(tried + 1);
		assertThat(replies(ts)).extracting((c) -> c.get("text"))
			.filteredOn((t) -> t.contains("Threat model review"))
			.hasSize(1);
		await().atMost(Duration.ofSeconds(20)).until(() -> threadJobIs(key, SlackJobStatus.State.DONE));
		assertThat(command(ADMIN, "ops failed").body()).doesNotContain("thread of initiative " + key + " ");
	}

	@Test
	void aLongRetryAfterGivesTheThreadBackForLaterInsteadOfSleeping() {
		String owner = user("RATED");
		String key = create(owner, "\"Rate limited thread\"");
		String ts = awaitThread(key);
		awaitReplies(ts, "Threat model review");
		await().atMost(Duration.ofSeconds(20)).until(() -> threadJobIs(key, SlackJobStatus.State.DONE));
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/chat.postMessage"))
				.atPriority(10)
				.withRequestBody(containing("thread_ts=" + URLEncoder.encode(ts, StandardCharsets.UTF_8)))
				.withRequestBody(containing("moved"))
				.inScenario(key)
				.whenScenarioStateIs(Scenario.STARTED)
				.willReturn(aResponse().withStatus(429)
					.withHeader("Retry-After", "120")
					.withBody("{\"ok\":false,\"error\":\"ratelimited\"}"))
				.willSetStateTo("free"));

		assertThat(command(owner, "initiative advance " + key).text()).contains("*In development*");

		// given back long before a two-minute sleep would have ended
		await().atMost(Duration.ofSeconds(20))
			.until(() -> threadJobIs(key, SlackJobStatus.State.PENDING) && threadJob(key).lastError() != null);
		SlackJobStatus waiting = threadJob(key);
		assertThat(waiting.notBefore()).isAfter(this.clock.instant().plusSeconds(119));
		assertThat(waiting.failures()).isZero();
		assertThat(replies(ts)).filteredOn((c) -> c.get("text").contains("moved")).hasSize(1);

		advanceAndRunSlackJobs(Duration.ofSeconds(60));
		assertThat(replies(ts)).filteredOn((c) -> c.get("text").contains("moved")).hasSize(1);
		advanceAndRunSlackJobs(Duration.ofSeconds(61));
		// the one refused by the rate limit, then the one that went through
		assertThat(replies(ts)).filteredOn((c) -> c.get("text").contains("moved")).hasSize(2);
		assertThat(threadJob(key).state()).isEqualTo(SlackJobStatus.State.DONE);
		assertThat(this.slack.calls("chat.update"))
			.anyMatch((c) -> ts.equals(c.get("ts")) && c.get("blocks").contains("In development"));
		assertThat(parentAttempts(key)).hasSize(1);
	}

	@Test
	void aRerunAfterSlackFailedMidThreadRepeatsNothingThatHappened() {
		String creator = user("RERUN");
		String security = user("RERUNSEC");
		own(Role.SECURITY_ARCHITECT, security);
		var down = this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/chat.postMessage"))
				.atPriority(10)
				.withRequestBody(containing("thread_ts="))
				.withRequestBody(containing("Threat"))
				.willReturn(aResponse().withStatus(503)));

		String key = create(creator, "\"Rerun thread\"");

		String ts = awaitThread(key);
		await().atMost(Duration.ofSeconds(20)).until(() -> threadJob(key).failures() >= 1);
		assertThat(threadJob(key).state()).isEqualTo(SlackJobStatus.State.PENDING);
		awaitDm(security, "*Threat model review* for *" + key);
		// the refused attempts; the clock stands still, so no run is under way now
		int refused = reviewReplies(ts).size();
		assertThat(refused).isPositive();
		this.slack.server().removeStub(down);

		for (int i = 0; i < 5 && !threadJobIs(key, SlackJobStatus.State.DONE); i++) {
			advanceAndRunSlackJobs(Duration.ofMinutes(5));
		}
		assertThat(threadJob(key).state()).isEqualTo(SlackJobStatus.State.DONE);
		assertThat(reviewReplies(ts)).hasSize(refused + 1);
		assertThat(parentAttempts(key)).hasSize(1);
		assertThat(dmsTo(security)).filteredOn((c) -> c.get("text").contains("*Threat model review* for *" + key))
			.hasSize(1);
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM initiative_message WHERE initiative_id = ? " + "AND posted_at IS NULL",
				Long.class, idOf(key)))
			.isZero();
	}

	private List<Map<String, String>> reviewReplies(String ts) {
		return replies(ts).stream().filter((c) -> c.get("text").contains("Threat model review")).toList();
	}

}
