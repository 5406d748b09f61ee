package io.violet.incident;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import io.violet.directory.Role;
import io.violet.incident.internal.IncidentMember;
import io.violet.testing.SlackStub;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class WarRoomSetupTests extends IncidentTestSupport {

	@Autowired
	Drills drills;

	@Test
	void declaringInOneLineOpensTheRoomStepByStep() {
		String reporter = newUser();
		long id = declare(reporter, "prompt-injection sev3 \"Support bot leaks its system prompt!\"");
		Incident incident = awaitSetUp(id);
		String channel = incident.channelId().orElseThrow();
		String day = LocalDate.now(this.clock.withZone(ZoneOffset.UTC)).format(DateTimeFormatter.BASIC_ISO_DATE);

		List<Map<String, String>> created = createCallsFor(id);
		assertThat(created).hasSize(1);
		assertThat(created.get(0))
			.containsEntry("name", "ai-inc-" + day + "-" + id + "-support-bot-leaks-its-system-prompt")
			.containsEntry("is_private", "0");
		assertThat(callsIn("conversations.setTopic", channel)).singleElement()
			.satisfies((c) -> assertThat(c.get("topic")).contains("#" + id, "sev3", "investigating", "prompt-injection",
					"<@" + commander() + ">"));
		assertThat(callsIn("conversations.setPurpose", channel)).singleElement()
			.satisfies((c) -> assertThat(c.get("purpose")).contains("violet-incident-" + id));
		assertThat(invited(channel))
			.contains(reporter, HOLDERS.get(Role.INCIDENT_COMMANDER), HOLDERS.get(Role.SECURITY_ARCHITECT),
					HOLDERS.get(Role.THREAT_ANALYST))
			.doesNotContain(HOLDERS.get(Role.LEGAL), HOLDERS.get(Role.PRIVACY), HOLDERS.get(Role.COMMS));
		Map<String, String> summary = callsIn("chat.postMessage", channel).get(0);
		assertThat(summary.get("blocks")).contains("Declare and classify", "Preserve evidence before containment",
				"Save prompts and conversation logs", "system-prompt version", "Snapshot the vector store", "Contain",
				"Validate before redeploy", "Post-incident", "Find the vector", "AML.T0051", "AML.T0054", "AML.T0056",
				"LLM01", "LLM07", "incident_check");
		assertThat(callsIn("pins.add", channel)).singleElement()
			.satisfies((c) -> assertThat(c.get("timestamp")).isEqualTo(incident.summaryTs().orElseThrow()));
		assertThat(callsIn("chat.postMessage", INCIDENTS_CHANNEL).stream().map((c) -> c.get("text")))
			.anySatisfy((t) -> assertThat(t).contains("#" + id, "Support bot leaks its system prompt!", "sev3",
					"<#" + channel + ">", "<@" + commander() + ">"));
		List<String> order = this.slack.methodsCalled()
			.stream()
			.filter((m) -> List.of("conversations.create", "conversations.setTopic", "conversations.invite", "pins.add")
				.contains(m))
			.toList();
		assertThat(order).containsSubsequence("conversations.create", "conversations.setTopic", "conversations.invite",
				"pins.add");
		assertThat(incident.checklistPinnedAt()).isPresent();
	}

	@Test
	void invitesFollowTheTypeThePersonalDataFlagAndTheSeverity() {
		Map<String, List<Role>> expected = Map.of("data-leakage sev3 \"Chatbot shows other users' orders\"",
				List.of(Role.PRIVACY, Role.LEGAL, Role.COMPLIANCE),
				"harmful-output sev1 \"Toxic replies to customers\"", List.of(Role.ETHICS, Role.COMPLIANCE, Role.COMMS),
				"supply-chain sev4 \"Pickle in the base model\" --personal-data",
				List.of(Role.PROCUREMENT, Role.LEGAL, Role.PRIVACY),
				"data-poisoning sev2 \"Labels flipped in the feed\"", List.of(Role.DATA_SCIENTIST, Role.COMMS),
				"model-theft sev3 \"Extraction through the pricing API\"", List.of(Role.LEGAL),
				"hallucination sev4 \"Invented package names\"", List.of(Role.COMMS, Role.LEGAL));
		Map<String, List<Role>> absent = Map.of("data-leakage sev3 \"Chatbot shows other users' orders\"",
				List.of(Role.COMMS, Role.ETHICS), "harmful-output sev1 \"Toxic replies to customers\"",
				List.of(Role.PRIVACY, Role.HR, Role.LEGAL),
				"supply-chain sev4 \"Pickle in the base model\" --personal-data", List.of(Role.COMMS),
				"data-poisoning sev2 \"Labels flipped in the feed\"", List.of(Role.LEGAL, Role.PRIVACY),
				"model-theft sev3 \"Extraction through the pricing API\"", List.of(Role.PRIVACY, Role.COMMS),
				"hallucination sev4 \"Invented package names\"", List.of(Role.PRIVACY, Role.ETHICS));
		expected.forEach((text, roles) -> {
			String reporter = newUser();
			Incident incident = awaitSetUp(declare(reporter, text));
			List<String> invited = invited(incident.channelId().orElseThrow());
			assertThat(invited).as(text)
				.contains(reporter, HOLDERS.get(Role.INCIDENT_COMMANDER), HOLDERS.get(Role.SECURITY_ARCHITECT),
						HOLDERS.get(Role.THREAT_ANALYST))
				.containsAll(roles.stream().map(HOLDERS::get).toList())
				.doesNotContainAnyElementsOf(absent.get(text).stream().map(HOLDERS::get).toList());
		});
	}

	@Test
	void peopleSlackCannotInviteAreListedInTheRoomAndSetupGoesOn() {
		this.slack.stub("conversations.invite",
				"{\"ok\":false,\"error\":\"user_is_deactivated\",\"errors\":[{\"user\":\"UGONE\",\"ok\":false,"
						+ "\"error\":\"user_is_deactivated\"}]}");
		this.directory.assign(Role.THREAT_ANALYST, List.of("UGONE"), false, ADMIN);
		try {
			Incident incident = awaitSetUp(declare(newUser(), "evasion sev4 \"Detector misses padded samples\""));
			assertThat(callsIn("chat.postMessage", incident.channelId().orElseThrow()).get(0).get("blocks"))
				.contains("Could not invite <@UGONE> (threat-analyst: user_is_deactivated)");
			assertThat(this.queries.members(incident.id())).filteredOn((m) -> m.userId().equals("UGONE"))
				.singleElement()
				.satisfies((m) -> assertThat(m.invite()).isEqualTo(IncidentMember.Invite.FAILED));
		}
		finally {
			this.directory.remove(Role.THREAT_ANALYST, "UGONE", ADMIN);
		}
	}

	@Test
	void aNameTakenBySomeoneElseGetsASuffix() {
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/conversations.create"))
				.atPriority(10)
				.willReturn(okJson("{\"ok\":false,\"error\":\"name_taken\"}")));
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/conversations.create"))
				.atPriority(5)
				.withRequestBody(matching(".*name=[^&]*-2(&.*)?"))
				.willReturn(SlackStub
					.answer("{\"ok\":true,\"channel\":{\"id\":\"CSUFFIX{{randomValue length=6 type='NUMERIC'}}\"}}")));
		this.slack.stub("conversations.list",
				"{\"ok\":true,\"channels\":[{\"id\":\"COTHER\",\"name\":\"unrelated\",\"creator\":\"UOTHER\"}]}");
		long id = declare(newUser(), "evasion sev4 \"Classifier fooled\"");
		Incident incident = awaitSetUp(id);
		List<Map<String, String>> created = createCallsFor(id);
		assertThat(created).hasSize(2);
		assertThat(created.get(1).get("name")).isEqualTo(created.get(0).get("name") + "-2");
		assertThat(incident.channelName()).contains(created.get(1).get("name"));
		assertThat(incident.channelId().orElseThrow()).startsWith("CSUFFIX");
	}

	@Test
	void aSlack500OnCreateThenNameTakenAdoptsTheChannelTheFirstTryMade() {
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/conversations.create"))
				.atPriority(10)
				.willReturn(aResponse().withStatus(500)));
		long id = declare(newUser(), "prompt-injection sev2 \"Agent sends mail on its own\"");
		// the failure is recorded only once the call is over, so no try is still on its
		// way to the stand-in when its answers change below; the test clock stands still,
		// so the job waits for it
		awaitSetupFailures(id, 1);
		// the first create did go through at Slack; the next try hears the name is taken
		String name = createCallsFor(id).get(0).get("name");
		this.slack.resetToDefaults();
		this.slack.stub("conversations.create", "{\"ok\":false,\"error\":\"name_taken\"}");
		this.slack.stub("conversations.list", "{\"ok\":true,\"channels\":[{\"id\":\"CADOPT" + id + "\",\"name\":\""
				+ name + "\",\"creator\":\"UBOT\",\"purpose\":{\"value\":\"\"}}]}");
		await().atMost(java.time.Duration.ofSeconds(30)).until(() -> {
			retryDueWork();
			return this.queries.byId(id).orElseThrow().setupStep().reached(SetupStep.CHANNEL);
		});
		Incident incident = awaitSetUp(id);
		assertThat(incident.channelId()).contains("CADOPT" + id);
		assertThat(createCallsFor(id)).hasSize(1).allSatisfy((c) -> assertThat(c.get("name")).isEqualTo(name));
		assertThat(callsIn("conversations.setTopic", "CADOPT" + id)).hasSize(1);
		assertThat(callsIn("pins.add", "CADOPT" + id)).hasSize(1);
	}

	@Test
	void aSquattedPublicChannelWithACopiedMarkerIsNotAdoptedAndThePrivateIncidentGetsItsOwnRoom() {
		// a title without ASCII letters gives the predictable name ai-inc-<day>-<id>; a
		// member creates public channels under the next ids, copies a war room's purpose
		// into each and invites Violet
		String day = LocalDate.now(this.clock.withZone(ZoneOffset.UTC)).format(DateTimeFormatter.BASIC_ISO_DATE);
		long last = this.jdbc.queryForObject("select coalesce(max(id), 0) from incident", Long.class);
		List<Long> next = java.util.stream.LongStream.rangeClosed(last + 1, last + 10).boxed().toList();
		String squatted = next.stream()
			.map((n) -> "{\"id\":\"CSQUAT" + n + "\",\"name\":\"ai-inc-" + day + "-" + n
					+ "\",\"creator\":\"UMALLORY\",\"is_private\":false,\"is_member\":true,"
					+ "\"purpose\":{\"value\":\"AI incident: leak (violet-incident-" + n + ")\"},"
					+ "\"topic\":{\"value\":\"#" + n + " \u00b7 sev2 \u00b7 violet-incident-" + n + "\"}}")
			.collect(java.util.stream.Collectors.joining(","));
		this.slack.stub("conversations.list", "{\"ok\":true,\"channels\":[" + squatted + "]}");
		String names = next.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining("|"));
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/conversations.create"))
				.atPriority(10)
				.withRequestBody(matching(".*name=ai-inc-" + day + "-(" + names + ")(&.*)?"))
				.willReturn(okJson("{\"ok\":false,\"error\":\"name_taken\"}")));

		long id = declare(newUser(),
				"data-leakage sev2 \"\u041c\u043e\u0434\u0435\u043b\u044c \u0443\u0442\u0435\u043a\u0430\u0435\u0442\" --private");
		assertThat(id).isIn(next);
		Incident incident = awaitSetUp(id);

		List<Map<String, String>> created = createCallsFor(id);
		assertThat(created).hasSize(2);
		assertThat(created.get(0).get("name")).isEqualTo("ai-inc-" + day + "-" + id);
		assertThat(created.get(1)).containsEntry("name", "ai-inc-" + day + "-" + id + "-2")
			.containsEntry("is_private", "1");
		assertThat(incident.channelId().orElseThrow()).doesNotStartWith("CSQUAT");
		assertThat(incident.channelName()).contains("ai-inc-" + day + "-" + id + "-2");
		// nothing at all went to a squatted channel: no topic, invite, checklist or pin
		assertThat(this.slack.server().findAll(WireMock.anyRequestedFor(WireMock.urlPathMatching("/api/.*"))))
			.noneSatisfy((request) -> assertThat(request.getBodyAsString()).contains("CSQUAT"));
		assertThat(callsIn("chat.postMessage", incident.channelId().orElseThrow())).isNotEmpty();
	}

	@Test
	void aNameVioletTriedIsNotAdoptedWhenSomeoneElseCreatedItOrItsPrivacyDiffers() {
		// someone else's private channel that copied the marker, and a public channel of
		// Violet's own: neither may hold a private incident
		assertNotAdoptedAfterALostAnswer("UOTHER", true);
		assertNotAdoptedAfterALostAnswer("UBOT", false);
	}

	private void assertNotAdoptedAfterALostAnswer(String creator, boolean privateChannel) {
		// the first create goes unanswered; the next try hears the name is taken
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/conversations.create"))
				.atPriority(10)
				.willReturn(aResponse().withStatus(500)));
		long id = declare(newUser(), "model-theft sev3 \"Weights copied out\" --private");
		awaitSetupFailures(id, 1);
		String name = createCallsFor(id).get(0).get("name");
		this.slack.resetToDefaults();
		this.slack.stub("conversations.create", "{\"ok\":false,\"error\":\"name_taken\"}");
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/conversations.create"))
				.atPriority(5)
				.withRequestBody(matching(".*name=[^&]*-2(&.*)?"))
				.willReturn(SlackStub
					.answer("{\"ok\":true,\"channel\":{\"id\":\"COWN{{randomValue length=6 type='NUMERIC'}}\"}}")));
		this.slack.stub("conversations.list",
				"{\"ok\":true,\"channels\":[{\"id\":\"CTAKEN" + id + "\",\"name\":\"" + name + "\",\"creator\":\""
						+ creator + "\",\"is_private\":" + privateChannel
						+ ",\"purpose\":{\"value\":\"(violet-incident-" + id + ")\"}}]}");
		await().atMost(java.time.Duration.ofSeconds(30)).until(() -> {
			retryDueWork();
			return this.queries.byId(id).orElseThrow().setupStep().reached(SetupStep.CHANNEL);
		});
		Incident incident = awaitSetUp(id);
		assertThat(incident.channelId().orElseThrow()).as(creator).startsWith("COWN");
		assertThat(incident.channelName()).contains(name + "-2");
		assertThat(createCallsFor(id)).extracting((c) -> c.get("is_private")).containsOnly("1");
		assertThat(this.slack.server().findAll(WireMock.anyRequestedFor(WireMock.urlPathMatching("/api/.*"))))
			.noneSatisfy((request) -> assertThat(request.getBodyAsString()).contains("CTAKEN" + id));
		this.slack.resetToDefaults();
		rolesAndChannels();
	}

	@Test
	void whenOthersHoldEveryNumberedNameTheRoomGetsANameWithARandomPart() {
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/conversations.create"))
				.atPriority(10)
				.willReturn(okJson("{\"ok\":false,\"error\":\"name_taken\"}")));
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/conversations.create"))
				.atPriority(5)
				.withRequestBody(matching(".*name=ai-inc-\\d{8}-\\d+-[a-z0-9]{6}-squatted-names(&.*)?"))
				.willReturn(SlackStub
					.answer("{\"ok\":true,\"channel\":{\"id\":\"CRANDOM{{randomValue length=6 type='NUMERIC'}}\"}}")));
		long id = declare(newUser(), "evasion sev3 \"Squatted names\"");
		Incident incident = awaitSetUp(id);
		List<Map<String, String>> created = createCallsFor(id);
		assertThat(created).hasSize(21);
		assertThat(created.get(19).get("name")).endsWith("-squatted-names-20");
		String name = created.get(20).get("name");
		assertThat(name).matches("ai-inc-\\d{8}-" + id + "-[a-z0-9]{6}-squatted-names");
		assertThat(incident.channelName()).contains(name);
		assertThat(incident.channelId().orElseThrow()).startsWith("CRANDOM");
	}

	@Test
	void aSlackOutageMidwayAndACrashResumeWithoutDoingAnythingTwice() {
		// pins.add fails with 500 (retried by the gateway, then given up): setup stops
		// after the checklist
		var pinsDown = this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/pins.add")).atPriority(10).willReturn(aResponse().withStatus(500)));
		// and the connection drops while announcing, as when the node dies mid-call
		var announceDown = this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/chat.postMessage"))
				.atPriority(10)
				.withRequestBody(containing("channel=" + INCIDENTS_CHANNEL))
				.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		long id = declare(newUser(), "data-leakage sev2 \"Embeddings endpoint returns raw documents\"");
		awaitSetupFailures(id, 1);
		// the room, its topic, invitations and checklist are done and recorded; the pin
		// is not
		Incident midway = this.queries.byId(id).orElseThrow();
		assertThat(midway.setupStep()).isEqualTo(SetupStep.CHANNEL);
		String channel = midway.channelId().orElseThrow();
		assertThat(callsIn("chat.postMessage", channel)).hasSize(1);

		this.slack.server().removeStub(pinsDown);
		retryDueWork();
		await().atMost(java.time.Duration.ofSeconds(30))
			.until(() -> this.queries.byId(id).orElseThrow().clocksTs().isPresent());
		awaitSetupFailures(id, 2);
		int announceAttempts = callsIn("chat.postMessage", INCIDENTS_CHANNEL).size();

		this.slack.server().removeStub(announceDown);
		await().atMost(java.time.Duration.ofSeconds(30)).until(() -> {
			retryDueWork();
			return this.queries.byId(id).orElseThrow().setupStep() == SetupStep.DONE;
		});
		Incident done = this.queries.byId(id).orElseThrow();
		assertThat(done.announcementTs()).isPresent();
		assertThat(createCallsFor(id)).hasSize(1);
		assertThat(callsIn("conversations.setTopic", channel)).hasSize(1);
		assertThat(callsIn("conversations.invite", channel)).hasSize(1);
		assertThat(callsIn("chat.postMessage", channel).stream().map((c) -> c.get("text")))
			.filteredOn((t) -> t.startsWith("AI incident"))
			.hasSize(1);
		assertThat(callsIn("chat.postMessage", channel).stream().map((c) -> c.get("text")))
			.filteredOn((t) -> t.startsWith("Regulatory clocks"))
			.hasSize(1);
		assertThat(callsIn("pins.add", channel)).extracting((c) -> c.get("timestamp"))
			.containsOnly(done.summaryTs().orElseThrow());
		assertThat(callsIn("chat.postMessage", INCIDENTS_CHANNEL)).hasSize(announceAttempts + 1);
		assertThat(this.queries.members(id))
			.allSatisfy((m) -> assertThat(m.invite()).isNotEqualTo(IncidentMember.Invite.PENDING));
	}

	@Test
	void withoutThePermissionToCreateChannelsTheIncidentIsKeptAndPeopleAreTold() {
		this.slack.stub("conversations.create",
				"{\"ok\":false,\"error\":\"missing_scope\",\"needed\":\"channels:manage\"}");
		String reporter = newUser();
		long id = declare(reporter, "other sev4 \"Summariser drops pages\"");
		await().atMost(java.time.Duration.ofSeconds(20))
			.until(() -> this.queries.byId(id).orElseThrow().setupStep() == SetupStep.FAILED);
		assertThat(this.queries.byId(id).orElseThrow().setupProblem().orElseThrow()).contains("channels:manage");
		List<Map<String, String>> dms = awaitCalls("chat.postMessage", 2,
				(c) -> c.getOrDefault("text", "").contains("incident #" + id + " is recorded")
						&& c.get("text").contains("channels:manage"));
		assertThat(dms).anySatisfy((c) -> assertThat(c.get("channel")).isEqualTo("D" + reporter))
			.anySatisfy((c) -> assertThat(c.get("channel")).isEqualTo("D" + ADMIN));
	}

	@Test
	void titlesWithEmojiQuotesMentionsAndGreatLengthStayWithinSlackLimits() {
		String title = "Our bot :fire: says <!channel> &amp; leaks " + "very long words ".repeat(20);
		Answer answer = command(newUser(), "incident declare prompt-injection sev4 \u201c" + title + "\u201d");
		assertThat(answer.text()).contains("Declared");
		long id = Long.parseLong(answer.text().replaceAll("(?s).*#(\\d+)\\*.*", "$1"));
		Incident incident = awaitSetUp(id);
		String name = incident.channelName().orElseThrow();
		assertThat(name).hasSizeLessThanOrEqualTo(80).matches("[a-z0-9-]+").doesNotEndWith("-");
		assertThat(name).contains("-our-bot-fire-says-channel-leaks-very-long-words");
		String channel = incident.channelId().orElseThrow();
		assertThat(callsIn("chat.postMessage", INCIDENTS_CHANNEL).get(0).get("text")).doesNotContain("<!channel>")
			.contains("&lt;!channel&gt;");
		assertThat(callsIn("chat.postMessage", channel).get(0).get("blocks")).doesNotContain("<!channel>");
		assertThat(callsIn("conversations.setPurpose", channel).get(0).get("purpose")).hasSizeLessThanOrEqualTo(250);
	}

	@Test
	void aDrillOpensOneMarkedRoomPerSessionWithoutAnnouncement() {
		String organiser = newUser();
		String participant = newUser();
		String session = "S-" + System.nanoTime();
		var request = new Drills.DrillRequest(session, "data-poisoning", organiser, List.of(participant),
				this.clock.instant());
		Drills.DrillRoom room = this.drills.open(request);
		assertThat(this.drills.open(request).incidentId()).isEqualTo(room.incidentId());
		Incident drill = awaitSetUp(room.incidentId());
		assertThat(this.drills.open(request).channelId()).isEqualTo(drill.channelId().orElseThrow());
		assertThat(createCallsFor(room.incidentId())).singleElement()
			.satisfies((c) -> assertThat(c.get("name")).startsWith("drill-")
				.contains("-" + room.incidentId() + "-drill-"));
		String channel = drill.channelId().orElseThrow();
		assertThat(invited(channel)).contains(organiser, participant, HOLDERS.get(Role.DATA_SCIENTIST));
		assertThat(callsIn("conversations.setTopic", channel).get(0).get("topic")).startsWith("DRILL");
		assertThat(callsIn("chat.postMessage", channel).stream().map((c) -> c.get("text")))
			.anySatisfy((t) -> assertThat(t).contains("DRILL scenario", "weekly retraining"));
		assertThat(callsIn("chat.postMessage", INCIDENTS_CHANNEL)).isEmpty();
		assertThat(this.queries.openVisibleTo(ADMIN)).noneMatch((i) -> i.id() == room.incidentId());
	}

}
