package io.violet.incident;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.violet.directory.Role;
import io.violet.slack.SlackJobStatus;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The faults real workspaces produce, end to end through {@code /slack/events}: a
 * deactivated recipient, a channel Violet is not in, a long rate limit, and Slack failing
 * past the cap. Each effect happens once, nothing is retried blindly, and what cannot
 * happen is parked where admins see it.
 */
class IncidentFaultTests extends IncidentTestSupport {

	private static String token() {
		return "tok" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
	}

	private List<Map<String, String>> announcements(String token) {
		return callsIn("chat.postMessage", INCIDENTS_CHANNEL).stream()
			.filter((c) -> c.get("text").contains(token))
			.toList();
	}

	private SlackJobStatus setupJob(long id) {
		return this.slackJobs.find("incident.setup:" + id).orElseThrow();
	}

	@Test
	void aDeactivatedLegalBackupCostsNobodyTheirGdprReminderAndNothingRepeats() {
		String gone = "UGONE" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
		String legal = HOLDERS.get(Role.LEGAL);
		this.directory.assign(Role.LEGAL, List.of(gone), true, ADMIN);
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/conversations.open"))
				.atPriority(10)
				.withRequestBody(containing(gone))
				.willReturn(okJson("{\"ok\":false,\"error\":\"user_disabled\"}")));
		try {
			Incident incident = awaitSetUp(declare(newUser(), "data-leakage sev3 \"Transcripts in answers\""));
			String channel = incident.channelId().orElseThrow();
			RegulatoryClock gdpr = this.queries.clocks(incident.id()).get(0);

			// 25 h after becoming aware: the first reminder (48 h left) is due
			this.clock.advance(Duration.ofHours(25));
			this.ticker.tick();
			String key = "incident.clock-reminder:" + gdpr.id() + ":1";
			await().atMost(Duration.ofSeconds(30))
				.until(() -> this.slackJobs.find(key).map((j) -> j.state() == SlackJobStatus.State.DONE).orElse(false));

			// hours pass and everything due runs again: nothing is sent twice
			for (int i = 0; i < 3; i++) {
				advanceAndRunSlackJobs(Duration.ofMinutes(20));
				this.ticker.tick();
			}
			runDueSlackJobs();
			assertThat(callsIn("chat.postMessage", channel).stream().map((c) -> c.get("text")))
				.filteredOn((t) -> t.contains(":alarm_clock:"))
				.hasSize(1);
			assertThat(this.slack.calls("chat.postMessage", "channel", "D" + legal))
				.filteredOn((c) -> c.get("text").contains("#" + incident.id()))
				.hasSize(1);
			// Slack's refusal is recorded; the training module's own DMs to a new legal
			// backup ask Slack for the same DM channel, so the calls are not counted
			assertThat(
					this.jdbc.queryForList("SELECT error FROM slack_effect WHERE effect_key = ? AND state = 'FAILED'",
							String.class, key + ":dm:" + gone))
				.containsExactly("user_disabled");
			assertThat(this.slack.calls("chat.postMessage", "channel", "D" + gone)).isEmpty();
			assertThat(this.slackJobs.find(key).orElseThrow().attempts()).isEqualTo(1);
		}
		finally {
			this.directory.remove(Role.LEGAL, gone, ADMIN);
		}
	}

	@Test
	void violetJoinsThePublicIncidentsChannelItIsNotInAndAnnouncesOnce() {
		String token = token();
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/chat.postMessage"))
				.atPriority(10)
				.withRequestBody(containing(token))
				.withRequestBody(containing("channel=" + INCIDENTS_CHANNEL))
				.inScenario(token)
				.whenScenarioStateIs(Scenario.STARTED)
				.willReturn(okJson("{\"ok\":false,\"error\":\"not_in_channel\"}"))
				.willSetStateTo("joined"));
		Incident incident = awaitSetUp(declare(newUser(), "evasion sev4 \"Filter skipped " + token + "\""));
		assertThat(this.slack.calls("conversations.join", "channel", INCIDENTS_CHANNEL)).isNotEmpty();
		assertThat(announcements(token)).hasSize(2);
		assertThat(incident.announcementTs()).isPresent();
	}

	@Test
	void aPrivateIncidentsChannelViolateIsNotInParksTheAnnouncementOnceAndTellsAdminsOnce() {
		String token = token();
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/chat.postMessage"))
				.atPriority(10)
				.withRequestBody(containing(token))
				.withRequestBody(containing("channel=" + INCIDENTS_CHANNEL))
				.willReturn(okJson("{\"ok\":false,\"error\":\"not_in_channel\"}")));
		this.slack.stub("conversations.join", "{\"ok\":false,\"error\":\"method_not_supported_for_channel_type\"}");
		long first = declare(newUser(), "evasion sev4 \"Detector blind " + token + "\"");
		long second = declare(newUser(), "evasion sev4 \"Detector deaf " + token + "\"");
		// setup goes on without its announcement
		awaitSetUp(first);
		awaitSetUp(second);
		assertThat(announcements(token)).hasSize(2);

		for (int i = 0; i < 3; i++) {
			advanceAndRunSlackJobs(Duration.ofMinutes(20));
		}
		assertThat(announcements(token)).as("never retried by itself").hasSize(2);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.slackJobs.find("slack.admin-notice:not_in_channel:chat.postMessage")
				.map((j) -> j.state() == SlackJobStatus.State.DONE)
				.orElse(false));
		assertThat(this.slack.calls("chat.postMessage", "channel", "D" + ADMIN))
			.filteredOn((c) -> c.get("text").contains("not_in_channel"))
			.singleElement()
			.satisfies((c) -> assertThat(c.get("text")).contains("<#" + INCIDENTS_CHANNEL + ">", "/invite @Violet"));
		String listed = command(ADMIN, "ops failed").body();
		assertThat(listed).contains("war-room setup of incident #" + first, "war-room setup of incident #" + second,
				"not_in_channel", "incident.setup:" + first + ":announcement");
	}

	@Test
	void aLongRetryAfterBringsTheSetupBackAfterItWithoutSleepingOrDoubling() {
		String token = token();
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/chat.postMessage"))
				.atPriority(10)
				.withRequestBody(containing(token))
				.withRequestBody(containing("channel=" + INCIDENTS_CHANNEL))
				.inScenario(token)
				.whenScenarioStateIs(Scenario.STARTED)
				.willReturn(aResponse().withStatus(429)
					.withHeader("Retry-After", "120")
					.withBody("{\"ok\":false,\"error\":\"ratelimited\"}"))
				.willSetStateTo("free"));
		long id = declare(newUser(), "hallucination sev4 \"Made-up sources " + token + "\"");
		// given back long before a two-minute sleep would have ended
		await().atMost(Duration.ofSeconds(30)).until(() -> setupJob(id).lastError() != null);
		SlackJobStatus waiting = setupJob(id);
		assertThat(waiting.state()).isEqualTo(SlackJobStatus.State.PENDING);
		assertThat(waiting.notBefore()).isAfter(this.clock.instant().plusSeconds(119));
		assertThat(waiting.failures()).isZero();

		advanceAndRunSlackJobs(Duration.ofSeconds(60));
		assertThat(this.queries.byId(id).orElseThrow().setupStep()).isEqualTo(SetupStep.CHANNEL);
		advanceAndRunSlackJobs(Duration.ofSeconds(61));
		Incident incident = awaitSetUp(id);
		String channel = incident.channelId().orElseThrow();
		assertThat(announcements(token)).hasSize(2);
		assertThat(createCallsFor(id)).hasSize(1);
		assertThat(callsIn("chat.postMessage", channel)).hasSize(1);
		assertThat(callsIn("pins.add", channel)).hasSize(1);
		assertThat(callsIn("conversations.invite", channel)).hasSize(1);
	}

	@Test
	void slackFailingPastTheCapParksTheSetupForAdminsAndRetryCompletesItOnce() {
		String token = token();
		var down = this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/chat.postMessage"))
				.atPriority(10)
				.withRequestBody(containing(token))
				.withRequestBody(containing("channel=" + INCIDENTS_CHANNEL))
				.willReturn(aResponse().withStatus(503)));
		long id = declare(newUser(), "other sev4 \"Summaries truncated " + token + "\"");
		awaitSetupFailures(id, 1);
		for (int i = 0; i < 20 && setupJob(id).state() != SlackJobStatus.State.PARKED; i++) {
			advanceAndRunSlackJobs(Duration.ofHours(1));
		}
		assertThat(setupJob(id).state()).isEqualTo(SlackJobStatus.State.PARKED);
		int tries = announcements(token).size();
		assertThat(tries).isEqualTo(8);
		advanceAndRunSlackJobs(Duration.ofDays(1));
		assertThat(announcements(token)).hasSize(tries);

		String listed = command(ADMIN, "ops failed").body();
		assertThat(listed).contains("war-room setup of incident #" + id, "gave up after 8 failures", "HTTP 503");
		long job = this.jdbc.queryForObject("SELECT id FROM slack_job WHERE job_key = ?", Long.class,
				"incident.setup:" + id);
		assertThat(command(commander(), "ops retry J-" + job).text()).contains("Only Violet admins");

		this.slack.server().removeStub(down);
		assertThat(command(ADMIN, "ops retry J-" + job).text()).contains("Retrying J-" + job);
		Incident incident = awaitSetUp(id);
		String channel = incident.channelId().orElseThrow();
		assertThat(announcements(token)).hasSize(tries + 1);
		assertThat(createCallsFor(id)).hasSize(1);
		assertThat(callsIn("chat.postMessage", channel)).hasSize(1);
		assertThat(callsIn("pins.add", channel)).hasSize(1);
		assertThat(command(ADMIN, "ops failed").body()).doesNotContain("war-room setup of incident #" + id + "\\n");
	}

}
