package io.violet.incident;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import io.violet.directory.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WarRoomSetupTests extends IncidentTestSupport {

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

}
