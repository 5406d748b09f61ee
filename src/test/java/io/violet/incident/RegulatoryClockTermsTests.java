package io.violet.incident;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.violet.directory.Role;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A regulatory clock is shown in the terms its regulation uses wherever Violet shows it:
 * GDPR Art. 33 gives "72 hours", so the war room's clocks message, legal's reminder, the
 * post-mortem draft and its Markdown (the room's canvas) say "72 hours", never "3 days"
 * or "3 d 0 h".
 */
class RegulatoryClockTermsTests extends IncidentTestSupport {

	private static final String TERM = "GDPR Art. 33 notification* (72 hours from awareness)";

	@Test
	void theGdprClockIsSeventyTwoHoursInTheWarRoomTheRemindersAndThePostMortem() {
		Incident incident = awaitSetUp(declare(newUser(), "data-leakage sev3 \"Chat logs in the answers\""));
		String channel = incident.channelId().orElseThrow();
		assertThat(this.queries.clocks(incident.id())).extracting(RegulatoryClock::kind).contains(RegulatoryClock.GDPR);

		String clocks = callsIn("chat.postMessage", channel).get(1).get("blocks");
		assertThat(clocks).contains(TERM).doesNotContain("3 days", "3 d 0 h");

		// 25 h in, the reminder 48 h before the deadline goes to legal and the room
		String legal = HOLDERS.get(Role.LEGAL);
		this.clock.advance(Duration.ofHours(25));
		this.ticker.tick();
		await().until(() -> reminders("D" + legal, incident.id()).size() >= 1);
		await().until(() -> reminders(channel, incident.id()).size() >= 1);
		assertThat(reminders("D" + legal, incident.id())).allSatisfy(
				(text) -> assertThat(text).contains(":alarm_clock: *" + TERM + " for #" + incident.id() + " is due"));
		assertThat(reminders(channel, incident.id())).allSatisfy((text) -> assertThat(text).contains(TERM));

		String commander = commander();
		inRoom(commander, channel, "status resolved");
		interaction(submission(commander, "incident_resolve", "VTERMS" + System.nanoTime(),
				Long.toString(incident.id()),
				Map.of("summary", text("Chat logs were in the retrieval index"), "root_cause", text("No filter"))));
		await().until(() -> this.queries.byId(incident.id()).orElseThrow().postmortemUploaded());
		String draft = callsIn("chat.postMessage", channel).stream()
			.filter((c) -> c.get("text").startsWith("Post-mortem"))
			.findFirst()
			.orElseThrow()
			.get("blocks");
		assertThat(draft).contains("GDPR Art. 33 notification (72 hours from awareness): ")
			.doesNotContain("3 days", "3 d 0 h");
		// the Markdown becomes the room's canvas (or a file where canvases are refused)
		await().until(() -> !postMortems(channel).isEmpty());
		String markdown = postMortems(channel).get(0);
		assertThat(markdown).contains("- GDPR Art. 33 notification (72 hours from awareness): ")
			.doesNotContain("3 days", "3 d 0 h");
	}

	private List<String> postMortems(String channel) {
		List<String> found = new java.util.ArrayList<>();
		this.slack.calls("conversations.canvases.create", "channel_id", channel)
			.forEach((c) -> found.add(c.get("document_content")));
		this.slack.server()
			.findAll(WireMock.postRequestedFor(urlPathMatching("/upload/.*")))
			.stream()
			.map((r) -> r.getBodyAsString())
			.filter((body) -> body.contains("Chat logs in the answers"))
			.forEach(found::add);
		return found.stream().filter((text) -> text != null && text.contains("# Post-mortem")).toList();
	}

	private List<String> reminders(String channel, long incident) {
		return this.slack.calls("chat.postMessage")
			.stream()
			.filter((c) -> channel.equals(c.get("channel")) && c.get("text").contains(":alarm_clock:")
					&& c.get("text").contains("#" + incident + " "))
			.map((c) -> c.get("text"))
			.toList();
	}

}
