package io.violet.incident;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.violet.incident.internal.IncidentDeclarations;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ReportingTests extends IncidentTestSupport {

	@Autowired
	io.violet.slack.AppHome home;

	@Test
	void theCommandOpensTheReportModalWithDefinitions() {
		String triggerId = "trigger-" + UUID.randomUUID();
		Answer answer = command(newUser(), "CGENERAL", "incident", triggerId);
		assertThat(answer.status()).isEqualTo(200);
		Map<String, String> opened = awaitCalls("views.open", 1).get(0);
		assertThat(opened).containsEntry("trigger_id", triggerId);
		assertThat(opened.get("view"))
			.contains("\"callback_id\":\"incident_report\"", "prompt-injection", "data-leakage", "hallucination",
					"sev1", "Critical", "Personal data involved", "Private incident")
			// a picker when initiatives exist, free text otherwise
			.containsAnyOf("\"block_id\":\"initiative\"", "initiative_text")
			.doesNotContain("Quote it");
	}

	@Test
	void aSubmittedReportOpensOneIncidentEvenWhenDeliveredTwice() {
		String reporter = newUser();
		String viewId = "V" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		String payload = submission(reporter, "incident_report", viewId, "",
				Map.of("title", text("Fraud model approves everything"), "type", select("data-poisoning"), "severity",
						select("sev2"), "initiative_text", text("Fraud scoring v3"), "description",
						text("Since Monday's retraining"), "flags", checked("personal_data")));
		assertThat(interaction(payload).status()).isEqualTo(200);
		assertThat(interaction(payload).status()).isEqualTo(200);
		Incident incident = awaitSetUp(awaitIncidentTitled("Fraud model approves everything"));
		assertThat(createCallsFor(incident.id())).hasSize(1);
		assertThat(incident.personalData()).isTrue();
		assertThat(incident.initiativeText()).contains("Fraud scoring v3");
		assertThat(this.slack.calls("chat.postMessage")).anySatisfy((c) -> {
			assertThat(c.get("channel")).isEqualTo("D" + reporter);
			assertThat(c.get("text")).contains("#" + incident.id(), "<#" + incident.channelId().orElseThrow() + ">");
		});
		// the same report through the service with the same key is the same incident
		Report again = new Report(IncidentType.DATA_POISONING, Severity.SEV2, "Fraud model approves everything", null,
				false, true, null, null, null, null, reporter, "view:" + viewId);
		assertThat(this.declarations.declare(again).id()).isEqualTo(incident.id());
	}

	@Autowired
	IncidentDeclarations declarations;

	@Test
	void twoPeopleReportingTheSameThingOpenTwoIncidents() {
		long first = declare(newUser(), "evasion sev3 \"Spam filter bypassed\"");
		long second = declare(newUser(), "evasion sev3 \"Spam filter bypassed\"");
		assertThat(first).isNotEqualTo(second);
		assertThat(awaitSetUp(first).channelId()).isNotEqualTo(awaitSetUp(second).channelId());
	}

	@Test
	void aModalWithoutTypeOrWithAHugeTitleIsSentBackWithTheProblem() {
		String reporter = newUser();
		Answer noType = interaction(submission(reporter, "incident_report", "VNOTYPE" + System.nanoTime(), "",
				Map.of("title", text("x"), "severity", select("sev2"))));
		assertThat(noType.body()).contains("\"response_action\":\"errors\"", "\"type\"");
		Answer huge = interaction(submission(reporter, "incident_report", "VHUGE" + System.nanoTime(), "",
				Map.of("title", text("t".repeat(600)), "type", select("other"), "severity", select("sev4"))));
		assertThat(huge.body()).contains("\"response_action\":\"errors\"", "\"title\"", "600 characters");
	}

	@Test
	void theMessageShortcutLinksTheMessageAndQuotesItOnlyWhenAsked() {
		String reporter = newUser();
		interaction(messageShortcut("report_ai_incident_from_message", reporter, "CSUPPORT", "UCUSTOMER",
				"The bot told me <!here> my neighbour's address", "1700000000.000100"));
		Map<String, String> opened = awaitCalls("views.open", 1).get(0);
		assertThat(opened.get("view")).contains("Quote it", "CSUPPORT");
		// the permalink is asked after the ack and put into the open form
		Map<String, String> updated = awaitCalls("views.update", 1).get(0);
		assertThat(updated.get("view"))
			.contains("link:https://violet-test.slack.com/archives/CSUPPORT/p1700000000.000100", "Quote it");
		String metadata = "link:https://violet-test.slack.com/archives/CSUPPORT/p1700000000.000100\n"
				+ "CSUPPORT\n1700000000.000100\nThe bot told me <!here> my neighbour's address";
		interaction(submission(reporter, "incident_report", "VQUOTE" + System.nanoTime(), metadata,
				Map.of("title", text("Assistant reveals addresses"), "type", select("data-leakage"), "severity",
						select("sev2"), "flags", checked("quote"))));
		interaction(submission(reporter, "incident_report", "VNOQUOTE" + System.nanoTime(), metadata,
				Map.of("title", text("Assistant reveals addresses, unquoted"), "type", select("data-leakage"),
						"severity", select("sev2"))));
		Incident quoted = awaitSetUp(awaitIncidentTitled("Assistant reveals addresses"));
		Incident unquoted = awaitSetUp(awaitIncidentTitled("Assistant reveals addresses, unquoted"));
		assertThat(quoted.evidenceLink())
			.contains("https://violet-test.slack.com/archives/CSUPPORT/p1700000000.000100");
		String quotedSummary = callsIn("chat.postMessage", quoted.channelId().orElseThrow()).get(0).get("blocks");
		assertThat(quotedSummary).contains("archives/CSUPPORT", "Quoted evidence", "my neighbour")
			.doesNotContain("<!here>");
		String plainSummary = callsIn("chat.postMessage", unquoted.channelId().orElseThrow()).get(0).get("blocks");
		assertThat(plainSummary).contains("archives/CSUPPORT").doesNotContain("my neighbour");
	}

	@Test
	void aSlowPermalinkNeitherDelaysTheShortcutNorTheSubmission() throws Exception {
		String reporter = newUser();
		this.slack.server()
			.stubFor(com.github.tomakehurst.wiremock.client.WireMock
				.post(com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/api/chat.getPermalink"))
				.atPriority(10)
				.willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
						"{\"ok\":true,\"permalink\":\"https://violet-test.slack.com/archives/CSLOW/p1700000000000200\"}")
					.withFixedDelay(SLOW_SLACK_MILLIS)));
		Answer shortcut = within(() -> interaction(messageShortcut("report_ai_incident_from_message", reporter, "CSLOW",
				"UCUSTOMER", "It leaked the system prompt", "1700000000.000200")));
		assertThat(shortcut.status()).isEqualTo(200);

		// submitted before the form got its link: answered at once, the link recorded
		// after
		String metadata = "CSLOW\n1700000000.000200\nIt leaked the system prompt";
		Answer submitted = within(() -> interaction(submission(reporter, "incident_report", "VSLOW" + System.nanoTime(),
				metadata, Map.of("title", text("System prompt leaked by the bot"), "type", select("data-leakage"),
						"severity", select("sev3")))));
		assertThat(submitted.status()).isEqualTo(200);
		assertThat(submitted.body()).doesNotContain("errors");
		long id = awaitIncidentTitled("System prompt leaked by the bot");
		await().atMost(java.time.Duration.ofSeconds(40))
			.until(() -> this.queries.byId(id).flatMap(Incident::evidenceLink).isPresent());
		assertThat(this.queries.byId(id).flatMap(Incident::evidenceLink))
			.hasValue("https://violet-test.slack.com/archives/CSLOW/p1700000000000200");
	}

	/**
	 * Slack's answer takes this long: a handler that waited for it would miss the ack by
	 * far.
	 */
	private static final int SLOW_SLACK_MILLIS = 9_000;

	private static Answer within(java.util.function.Supplier<Answer> request) throws Exception {
		// well above Slack's three seconds, well below the slow answer
		return java.util.concurrent.CompletableFuture.supplyAsync(request)
			.get(6, java.util.concurrent.TimeUnit.SECONDS);
	}

	@Test
	void aPrivateIncidentLeaksNothingOutsideItsRoom() {
		String reporter = newUser();
		String outsider = newUser();
		long id = declare(reporter, "data-leakage sev1 \"Secret merger docs in answers\" --private");
		Incident incident = awaitSetUp(id);
		String channel = incident.channelId().orElseThrow();
		assertThat(createCallsFor(id)).singleElement().satisfies((c) -> assertThat(c.get("is_private")).isEqualTo("1"));
		String announcement = callsIn("chat.postMessage", INCIDENTS_CHANNEL).stream()
			.map((c) -> c.get("text"))
			.filter((t) -> t.contains("#" + id))
			.findFirst()
			.orElseThrow();
		assertThat(announcement).contains("private").doesNotContain("merger", channel, "<@");

		assertThat(command(outsider, "incident list").text()).doesNotContain("merger", "#" + id + "*");
		assertThat(command(reporter, "incident list").text()).contains("merger");
		assertThat(command(ADMIN, "incident list").text()).contains("merger");

		this.home.refresh(outsider);
		this.home.refresh(reporter);
		List<Map<String, String>> published = this.slack.calls("views.publish");
		assertThat(published).filteredOn((c) -> outsider.equals(c.get("user_id")))
			.singleElement()
			.satisfies((c) -> assertThat(c.get("view")).contains("Open incidents").doesNotContain("merger"));
		assertThat(published).filteredOn((c) -> reporter.equals(c.get("user_id")))
			.singleElement()
			.satisfies((c) -> assertThat(c.get("view")).contains("merger"));
	}

	@Test
	void wrongTypesSeveritiesAndRoomCommandsOutsideARoomAreExplained() {
		String user = newUser();
		assertThat(command(user, "incident declare jailbreak sev1 \"x\"").text()).contains("Unknown incident type",
				"prompt-injection", "/violet incident declare");
		assertThat(command(user, "incident declare evasion sev9 \"x\"").text()).contains("Unknown severity", "sev1");
		assertThat(command(user, "incident declare evasion sev2").text()).contains("type, the severity and a title");
		assertThat(command(user, "incident declare evasion sev2 \"x\" --loud").text()).contains("Unknown option");
		assertThat(command(user, "incident status contained").text()).contains("inside an incident's war room");
		assertThat(command(user, "incident frobnicate").text()).contains("Unknown incident command");
	}

	private long awaitIncidentTitled(String title) {
		await().atMost(java.time.Duration.ofSeconds(20))
			.until(() -> this.jdbc.queryForList("select id from incident where title = ?", Long.class, title)
				.size() == 1);
		return this.jdbc.queryForObject("select id from incident where title = ?", Long.class, title);
	}

}
