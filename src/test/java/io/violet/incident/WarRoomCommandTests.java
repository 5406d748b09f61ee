package io.violet.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.violet.audit.AuditTrail;
import io.violet.directory.Role;
import io.violet.incident.internal.IncidentLifecycle;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class WarRoomCommandTests extends IncidentTestSupport {

	@Autowired
	AuditTrail audit;

	@Test
	void theCommanderChangesStatusSeverityAndRolesAndEveryoneSeesIt() {
		String reporter = newUser();
		Incident incident = awaitSetUp(declare(reporter, "prompt-injection sev3 \"Agent follows page instructions\""));
		String channel = incident.channelId().orElseThrow();
		String commander = commander();

		assertThat(inRoom(reporter, channel, "status contained").text()).contains("Only the incident's commander");
		assertThat(inRoom(commander, channel, "status contained").text()).contains("now *contained*");
		await().until(() -> callsIn("conversations.setTopic", channel).size() >= 2);
		assertThat(callsIn("conversations.setTopic", channel).get(1).get("topic")).contains("contained");
		await().until(() -> !callsIn("chat.update", channel).isEmpty());
		assertThat(callsIn("chat.update", channel).get(0)).containsEntry("ts", incident.summaryTs().orElseThrow());

		assertThat(inRoom(commander, channel, "severity sev1").text()).contains("now *sev1*")
			.containsPattern("inviting \\d+ more");
		await().until(() -> callsIn("conversations.invite", channel).size() >= 2);
		assertThat(callsIn("conversations.invite", channel).get(1).get("users"))
			.isEqualTo(String.join(",", this.directory.holders(Role.COMMS).owners()));

		String scribe = newUser();
		assertThat(inRoom(commander, channel, "role scribe <@" + scribe + "|sam>").text()).contains("<@" + scribe + ">",
				"scribe");
		assertThat(inRoom(commander, channel, "role boss <@" + scribe + ">").text())
			.contains("commander, scribe or liaison");
		assertThat(inRoom(reporter, channel, "note Found the poisoned page at &lt;https://evil.example&gt;").text())
			.contains("Added to the timeline");
		assertThat(inRoom(reporter, channel, "severity sev7").text()).contains("sev1, sev2, sev3 or sev4");

		List<TimelineEntry> timeline = this.queries.timeline(incident.id());
		assertThat(timeline).extracting(TimelineEntry::text)
			.anySatisfy((t) -> assertThat(t).contains("Status → contained"))
			.anySatisfy((t) -> assertThat(t).contains("Severity → sev1"))
			.anySatisfy((t) -> assertThat(t).contains("scribe → <@" + scribe + ">"))
			.anySatisfy((t) -> assertThat(t).contains("Note: Found the poisoned page"));
		assertThat(this.audit.about("incident:" + incident.id())).extracting((a) -> a.action())
			.contains("incident.declared", "incident.status", "incident.severity", "incident.role", "incident.note");
	}

	@Test
	void tickingAChecklistItemRecordsWhoAndWhenAndUpdatesThePinnedMessage() {
		String reporter = newUser();
		Incident incident = awaitSetUp(declare(reporter, "supply-chain sev3 \"Unsafe pickle in model hub\""));
		String channel = incident.channelId().orElseThrow();
		ChecklistItem preserve = this.queries.checklist(incident.id())
			.stream()
			.filter((i) -> i.text().startsWith("Save prompts"))
			.findFirst()
			.orElseThrow();
		this.clock.advance(Duration.ofMinutes(12));
		JsonObject action = new JsonObject();
		action.addProperty("type", "checkboxes");
		action.addProperty("action_id", "incident_check");
		action.addProperty("block_id", "incident_item_" + preserve.id());
		JsonArray selected = new JsonArray();
		JsonObject option = new JsonObject();
		option.addProperty("value", Long.toString(preserve.id()));
		selected.add(option);
		action.add("selected_options", selected);
		assertThat(interaction(blockAction(reporter, channel, action)).status()).isEqualTo(200);
		await().until(() -> !callsIn("chat.update", channel).isEmpty());
		String updated = callsIn("chat.update", channel).get(0).get("blocks");
		assertThat(updated).contains("~Save prompts and conversation logs, with trace ids~", "<@" + reporter + ">",
				"+12 min", "initial_options");
		// the topic did not change, so it is not set again
		assertThat(callsIn("conversations.setTopic", channel)).hasSize(1);
		ChecklistItem done = this.queries.checklist(incident.id())
			.stream()
			.filter((i) -> i.id() == preserve.id())
			.findFirst()
			.orElseThrow();
		assertThat(done.doneBy()).contains(reporter);
		assertThat(done.doneAt()).contains(this.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
		assertThat(this.queries.timeline(incident.id())).extracting(TimelineEntry::text)
			.anySatisfy((t) -> assertThat(t).startsWith("Done: Save prompts"));
		assertThat(callsIn("chat.postMessage", channel).get(0).get("blocks")).contains("AML.T0010", "LLM03", "ML06",
				"Find affected systems from the ML-BOM");
	}

	@Test
	void statusRemindersFollowTheSeverityAndStopWhenResolved() {
		Incident incident = awaitSetUp(declare(newUser(), "harmful-output sev1 \"Slurs in replies\""));
		String channel = incident.channelId().orElseThrow();
		this.ticker.tick();
		assertThat(reminders(channel)).isEmpty();
		this.clock.advance(Duration.ofMinutes(31));
		this.ticker.tick();
		this.ticker.tick();
		await().until(() -> reminders(channel).size() == 1);
		assertThat(reminders(channel).get(0)).contains("<@" + commander() + ">", "status update", "#" + incident.id());
		this.clock.advance(Duration.ofMinutes(31));
		this.ticker.tick();
		await().until(() -> reminders(channel).size() == 2);
		this.lifecycle.resolve(incident.id(), "s", "r", "", ADMIN);
		this.clock.advance(Duration.ofHours(3));
		this.ticker.tick();
		assertThat(reminders(channel)).hasSize(2);
		assertThat(this.queries.byId(incident.id()).orElseThrow().statusRemindersSent()).isEqualTo(2);
	}

	@Autowired
	IncidentLifecycle lifecycle;

	@Test
	void theGdprClockRunsFromTheMovedAwarenessTimeAndRemindsLegalUntilDone() {
		Incident incident = awaitSetUp(declare(newUser(), "data-leakage sev3 \"Support transcripts in answers\""));
		String channel = incident.channelId().orElseThrow();
		RegulatoryClock gdpr = this.queries.clocks(incident.id()).get(0);
		assertThat(gdpr.kind()).isEqualTo(RegulatoryClock.GDPR);
		Map<String, String> clocks = callsIn("chat.postMessage", channel).get(1);
		Instant deadline = incident.declaredAt().plus(Duration.ofHours(72));
		assertThat(clocks.get("blocks")).contains("GDPR Art. 33", "<!date^" + deadline.getEpochSecond() + "^",
				"incident_clock_done", "incident_clock_na", "incident_clock_aware");

		Instant aware = incident.declaredAt().minus(Duration.ofHours(30));
		assertThat(interaction(submission(commander(), "incident_aware", "VAWARE" + System.nanoTime(),
				Long.toString(incident.id()), Map.of("aware", dateTime(aware.getEpochSecond()))))
			.status()).isEqualTo(200);
		Instant moved = Instant.ofEpochSecond(aware.getEpochSecond()).plus(Duration.ofHours(72));
		await().until(() -> callsIn("chat.update", channel).stream()
			.anyMatch((c) -> c.get("blocks").contains("<!date^" + moved.getEpochSecond() + "^")));

		// 30 h after becoming aware: the 24 h reminder is due
		this.ticker.tick();
		String legal = HOLDERS.get(Role.LEGAL);
		await().until(() -> this.slack.calls("chat.postMessage")
			.stream()
			.anyMatch((c) -> ("D" + legal).equals(c.get("channel")) && c.get("text").contains("#" + incident.id())));
		this.ticker.tick();
		this.clock.advance(Duration.ofHours(19));
		this.ticker.tick();
		await().until(() -> legalReminders(legal, incident.id()) == 2);

		assertThat(interaction(blockAction(newUser(), channel, button("incident_clock_done", Long.toString(gdpr.id()))))
			.status()).isEqualTo(200);
		assertThat(this.queries.clocks(incident.id()).get(0).state()).isEqualTo(RegulatoryClock.State.RUNNING);
		interaction(blockAction(legal, channel, button("incident_clock_done", Long.toString(gdpr.id()))));
		await().until(() -> this.queries.clocks(incident.id()).get(0).state() == RegulatoryClock.State.DONE);
		this.clock.advance(Duration.ofHours(20));
		this.ticker.tick();
		assertThat(legalReminders(legal, incident.id())).isEqualTo(2);
	}

	@Test
	void resolvingPostsThePostMortemAndClosingArchivesLaterUnlessReopened() {
		String reporter = newUser();
		Incident incident = awaitSetUp(declare(reporter, "model-theft sev2 \"Pricing model scraped\""));
		String channel = incident.channelId().orElseThrow();
		String commander = commander();
		this.clock.advance(Duration.ofMinutes(40));
		inRoom(commander, channel, "status contained");
		this.clock.advance(Duration.ofMinutes(80));

		assertThat(inRoom(reporter, channel, "status resolved").text()).contains("commander");
		assertThat(inRoom(commander, channel, "close").text()).contains("Resolve");
		inRoom(commander, channel, "status resolved");
		assertThat(awaitCalls("views.open", 1).get(0).get("view")).contains("incident_resolve", "Root cause");
		String owner = newUser();
		interaction(submission(commander, "incident_resolve", "VRES" + System.nanoTime(), Long.toString(incident.id()),
				Map.of("summary", text("An API key was used to clone the model"), "root_cause",
						text("No rate limit per key"), "followup_1", text("Rate-limit per key"), "owner_1",
						userSelect(owner))));
		await().until(() -> this.queries.byId(incident.id()).orElseThrow().postmortemUploaded());
		Map<String, String> draft = callsIn("chat.postMessage", channel).stream()
			.filter((c) -> c.get("text").startsWith("Post-mortem"))
			.findFirst()
			.orElseThrow();
		assertThat(draft.get("blocks")).contains("Time to contain: *40 min*", "time to resolve: *2 h 0 min*",
				"An API key was used", "No rate limit per key", "Rate-limit per key", "<@" + owner + ">");
		// the post-mortem is the room's canvas (PostMortemCanvasTests: once, with the
		// file
		// as the fallback, and the room's bookmarks)
		assertThat(this.slack.calls("conversations.canvases.create", "channel_id", channel)).singleElement()
			.satisfies((c) -> assertThat(readable(c).get("document_content")).contains("# Post-mortem", "## Timeline",
					"Status → contained", "## Checklist", "- [ ]", "AML.T0024.002", "ML05", "Time to contain: 40 min",
					"## Regulatory clocks"));

		assertThat(inRoom(commander, channel, "close").text()).contains("closed", "reopen");
		this.clock.advance(Duration.ofDays(3));
		assertThat(inRoom(commander, channel, "reopen").text()).contains("open again");
		this.clock.advance(Duration.ofDays(5));
		this.ticker.tick();
		assertThat(callsIn("conversations.archive", channel)).isEmpty();

		inRoom(commander, channel, "status resolved");
		interaction(submission(commander, "incident_resolve", "VRES2" + System.nanoTime(), Long.toString(incident.id()),
				Map.of("summary", text("s"), "root_cause", text("r"))));
		await().until(() -> this.queries.byId(incident.id()).orElseThrow().status() == IncidentStatus.RESOLVED);
		inRoom(commander, channel, "close");
		this.clock.advance(Duration.ofDays(6));
		this.ticker.tick();
		assertThat(callsIn("conversations.archive", channel)).isEmpty();
		this.clock.advance(Duration.ofDays(1).plusMinutes(1));
		this.ticker.tick();
		this.ticker.tick();
		await().until(() -> this.queries.byId(incident.id()).orElseThrow().archived());
		assertThat(callsIn("conversations.archive", channel)).hasSize(1);
	}

	@Test
	void aMessageCanBeAddedToTheTimelineFromTheRoomOnly() {
		String reporter = newUser();
		Incident incident = awaitSetUp(declare(reporter, "hallucination sev4 \"Invented citations\""));
		String channel = incident.channelId().orElseThrow();
		interaction(messageShortcut("add_to_incident_timeline", reporter, channel, "UWITNESS",
				"It cited a paper that does not exist", "1700000001.000200"));
		await().until(() -> this.queries.timeline(incident.id())
			.stream()
			.anyMatch((t) -> t.text().contains("It cited a paper") && t.text().contains("archives/" + channel)));
		interaction(messageShortcut("add_to_incident_timeline", reporter, "CRANDOM", "UWITNESS", "hello",
				"1700000001.000300"));
		await().until(() -> this.slack.calls("chat.postEphemeral")
			.stream()
			.anyMatch((c) -> "CRANDOM".equals(c.get("channel")) && c.get("text").contains("war room")));
	}

	private List<String> reminders(String channel) {
		return callsIn("chat.postMessage", channel).stream()
			.map((c) -> c.get("text"))
			.filter((t) -> t.contains("status update"))
			.toList();
	}

	private long legalReminders(String legal, long incident) {
		return this.slack.calls("chat.postMessage")
			.stream()
			.filter((c) -> ("D" + legal).equals(c.get("channel")) && c.get("text").contains("#" + incident))
			.count();
	}

}
