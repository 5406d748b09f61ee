package io.violet.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import com.google.gson.JsonObject;
import io.violet.directory.Role;
import io.violet.incident.internal.IncidentLifecycle;
import io.violet.initiative.InitiativeCatalog;
import io.violet.initiative.InitiativeSummary;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With the initiative module present: the owner is invited, hr for employment uses,
 * high-risk initiatives start the EU AI Act clock, and the initiative's thread hears of
 * incidents others may see.
 */
class IncidentInitiativeTests extends IncidentTestSupport {

	static final InitiativeSummary HIRING = new InitiativeSummary("AI-7", "CV screening", "UOWNER7", "high",
			"in-production", true, true, true);

	static final InitiativeSummary CHAT = new InitiativeSummary("AI-8", "Support chat", "UOWNER8", "limited",
			"in-production", false, false, false);

	@Autowired
	TestCatalog catalog;

	@Test
	void theInitiativeBringsItsOwnerHrAndTheAiActClock() {
		String reporter = newUser();
		long id = declare(reporter,
				"harmful-output sev3 \"Screening ranks some universities lower\" --initiative ai-7");
		Incident incident = awaitSetUp(id);
		String channel = incident.channelId().orElseThrow();
		assertThat(incident.initiativeKey()).contains("AI-7");
		assertThat(invited(channel)).contains(reporter, "UOWNER7", HOLDERS.get(Role.HR), HOLDERS.get(Role.ETHICS));
		RegulatoryClock aiAct = this.queries.clocks(id).get(0);
		assertThat(aiAct.kind()).isEqualTo(RegulatoryClock.AI_ACT);
		Instant fifteenDays = incident.awareAt().plus(Duration.ofDays(15));
		assertThat(callsIn("chat.postMessage", channel).get(1).get("blocks")).contains("EU AI Act Art. 73",
				"<!date^" + fifteenDays.getEpochSecond() + "^", "incident_clock_variant", "A person died");
		assertThat(this.catalog.notes)
			.anySatisfy((n) -> assertThat(n).startsWith("AI-7|").contains("#" + id, "<#" + channel + ">"));

		JsonObject action = new JsonObject();
		action.addProperty("type", "static_select");
		action.addProperty("action_id", "incident_clock_variant");
		action.addProperty("block_id", "incident_clock_" + aiAct.id());
		JsonObject option = new JsonObject();
		option.addProperty("value", aiAct.id() + ":death");
		action.add("selected_option", option);
		interaction(blockAction(commander(), channel, action));
		Instant tenDays = incident.awareAt().plus(Duration.ofDays(10));
		await().until(() -> callsIn("chat.update", channel).stream()
			.anyMatch((c) -> c.get("blocks").contains("<!date^" + tenDays.getEpochSecond() + "^")
					&& c.get("blocks").contains("a person died")));
		assertThat(this.queries.clocks(id).get(0).variant()).isEqualTo("death");
	}

	@Autowired
	IncidentLifecycle lifecycle;

	@Test
	void anAiActClockStillRunningAfterItsRoomWasArchivedRemindsLegalByDirectMessageOnly() {
		Incident incident = awaitSetUp(
				declare(newUser(), "harmful-output sev4 \"Shortlist skews by postcode\" --initiative AI-7"));
		String channel = incident.channelId().orElseThrow();
		String legal = HOLDERS.get(Role.LEGAL);
		RegulatoryClock aiAct = this.queries.clocks(incident.id()).get(0);
		assertThat(aiAct.kind()).isEqualTo(RegulatoryClock.AI_ACT);
		this.lifecycle.resolve(incident.id(), "s", "r", "", ADMIN);
		assertThat(inRoom(ADMIN, channel, "close").text()).contains("closed");
		// the room is archived after its 7 days; Slack refuses posts there from then on
		this.clock.advance(Duration.ofDays(7).plusMinutes(1));
		this.ticker.tick();
		await().until(() -> this.queries.byId(incident.id()).orElseThrow().archived());
		this.slack.stub("chat.postMessage", "{\"ok\":false,\"error\":\"is_archived\"}");
		this.slack.server()
			.stubFor(com.github.tomakehurst.wiremock.client.WireMock
				.post(com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/api/chat.postMessage"))
				.atPriority(10)
				.withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("channel=D"))
				.willReturn(io.violet.testing.SlackStub.answer(
						"{\"ok\":true,\"channel\":\"D\",\"ts\":\"{{now epoch}}.000{{randomInt lower=100 upper=999}}\"}")));
		int postsBefore = callsIn("chat.postMessage", channel).size();

		// 8, 13 and 14 days after becoming aware: 7, 2 and 1 days left of 15
		for (Duration at : List.of(Duration.ofDays(1), Duration.ofDays(5), Duration.ofDays(1))) {
			this.clock.advance(at);
			this.ticker.tick();
			runDueSlackJobs();
		}
		String key = "incident.clock-reminder:" + aiAct.id() + ":3";
		await().until(() -> this.slackJobs.find(key)
			.map((j) -> j.state() == io.violet.slack.SlackJobStatus.State.DONE)
			.orElse(false));
		assertThat(this.slack.calls("chat.postMessage", "channel", "D" + legal))
			.filteredOn((c) -> c.get("text").contains("EU AI Act") && c.get("text").contains("#" + incident.id()))
			.hasSize(3);
		assertThat(callsIn("chat.postMessage", channel)).as("nothing posted into the archived room")
			.hasSize(postsBefore);
	}

	@Test
	void aLowerRiskInitiativeStartsNoAiActClockAndPrivateIncidentsStayOutOfItsThread() {
		long id = declare(newUser(), "prompt-injection sev4 \"Chat follows hidden text\" --initiative AI-8 --private");
		Incident incident = awaitSetUp(id);
		assertThat(invited(incident.channelId().orElseThrow())).contains("UOWNER8")
			.doesNotContain(HOLDERS.get(Role.HR));
		assertThat(this.queries.clocks(id)).isEmpty();
		assertThat(this.catalog.notes).noneMatch((n) -> n.contains("#" + id + " "));
	}

	@Test
	void anUnknownInitiativeIsRefusedAndTheModalOffersThePicker() {
		assertThat(command(newUser(), "incident declare other sev4 \"x\" --initiative AI-999").text())
			.contains("no initiative", "AI-999");
		command(newUser(), "incident");
		assertThat(awaitCalls("views.open", 1).get(0).get("view")).contains("\"block_id\":\"initiative\"",
				"CV screening", "AI-8");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class CatalogConfiguration {

		// stands in front of the real catalog so that risk tiers and owners are the
		// test's own
		@Bean
		@Primary
		TestCatalog testInitiativeCatalog() {
			return new TestCatalog();
		}

	}

	static class TestCatalog implements InitiativeCatalog {

		final List<String> notes = new CopyOnWriteArrayList<>();

		private final Map<String, InitiativeSummary> initiatives = Map.of("AI-7", HIRING, "AI-8", CHAT);

		@Override
		public Optional<InitiativeSummary> find(String key) {
			return Optional.ofNullable(this.initiatives.get(key.toUpperCase(java.util.Locale.ROOT)));
		}

		@Override
		public List<InitiativeSummary> active() {
			return List.of(HIRING, CHAT);
		}

		@Override
		public void noteInThread(String key, String mrkdwn) {
			this.notes.add(key + "|" + mrkdwn);
		}

	}

}
