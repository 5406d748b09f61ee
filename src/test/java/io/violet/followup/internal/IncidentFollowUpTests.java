package io.violet.followup.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.google.gson.JsonObject;
import io.violet.followup.FollowUp;
import io.violet.followup.FollowUpTestSupport;
import io.violet.followup.FollowUpSource;
import io.violet.incident.Incident;
import io.violet.incident.PostMortemAction;
import io.violet.incident.TimelineEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Follow-ups of incidents: typed in the war room, confirmed from the post-mortem draft,
 * and kept inside a private incident's room.
 */
class IncidentFollowUpTests extends FollowUpTestSupport {

	@BeforeEach
	void slackAcceptsUploads() {
		this.slack.stub("files.getUploadURLExternal", "{\"ok\":true,\"upload_url\":\"" + this.slack.server().baseUrl()
				+ "/upload/pm\",\"file_id\":\"F123\"}");
		this.slack.stub("files.completeUploadExternal",
				"{\"ok\":true,\"files\":[{\"id\":\"F123\",\"title\":\"Post-mortem\"}]}");
		this.slack.server()
			.stubFor(WireMock.post(urlPathMatching("/upload/.*"))
				.willReturn(aResponse().withStatus(200).withBody("OK")));
	}

	@Test
	void aFollowUpTypedInTheWarRoomIsNamedAtOnceAndBelongsToTheIncidentAndItsInitiative() {
		String initiative = create(user("INIT"), "\"Support bot\"");
		Incident incident = declare(user("REP"),
				"prompt-injection sev2 \"Bot follows pasted instructions\" --initiative " + initiative);
		String channel = incident.channelId().orElseThrow();
		String owner = user("OWN");
		String due = LocalDate.now(ZoneOffset.UTC).plusDays(5).toString();

		Answer answer = inChannel(user("MEMBER"), channel,
				"incident follow-up \"Add an input filter for pasted prompts\" <@" + owner + "> --due " + due);

		assertThat(answer.text()).contains("Tracked as *F-", "for " + incident.label(), "owned by <@" + owner + ">");
		FollowUp followUp = followUp(key(answer.text()));
		assertThat(followUp.incidentId()).isEqualTo(incident.id());
		assertThat(followUp.initiativeKey()).isEqualTo(initiative);
		assertThat(followUp.source()).isEqualTo(FollowUpSource.INCIDENT);
		assertThat(followUp.due()).isEqualTo(LocalDate.parse(due));
		assertThat(this.incidents.timeline(incident.id())).extracting(TimelineEntry::text)
			.anySatisfy((t) -> assertThat(t).startsWith("Follow-up " + followUp.key() + ": Add an input filter"));
		awaitDmContaining(owner, "You own follow-up *" + followUp.key() + "*");

		assertThat(inChannel(user("MEMBER"), channel, "incident follow-up <@" + owner + ">").text())
			.contains("Say what is to be done", "/violet incident follow-up");
		assertThat(inChannel(user("MEMBER"), "CGENERAL", "incident follow-up \"x\" <@" + owner + ">").text())
			.contains("works inside an incident's war room");
	}

	@Test
	void theCommanderConfirmsEachPostMortemActionAndTheDraftShowsTheTrackedKeysAndCounts() {
		Incident incident = declare(user("REP"), "data-poisoning sev3 \"Poisoned labels in retraining set\"");
		String channel = incident.channelId().orElseThrow();
		String owner = user("OWN");
		String other = user("OTH");
		resolve(incident, this.commander,
				Map.of("followup_1", text("Re-label the poisoned batch"), "owner_1", userSelect(owner), "followup_2",
						text("Pin dataset versions in the pipeline"), "owner_2", userSelect(other)));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.incidents.byId(incident.id()).orElseThrow().postmortemTs().isPresent());
		List<PostMortemAction> actions = this.incidents.postmortemActions(incident.id());
		assertThat(actions).extracting(PostMortemAction::text)
			.containsExactly("Re-label the poisoned batch", "Pin dataset versions in the pipeline");
		String draft = readable(postedDraft(channel));
		assertThat(draft).contains("incident_pm_track", "Track as follow-up", "<@" + owner + ">");

		String refused = "click-" + UUID.randomUUID();
		clickWithResponse(user("REP"), "incident_pm_track", Long.toString(actions.get(0).id()), channel, refused);
		await().atMost(Duration.ofSeconds(20)).until(() -> !this.slack.responses(refused).isEmpty());
		assertThat(this.slack.responses(refused).get(0)).contains("Only the incident's commander");
		assertThat(this.incidents.postmortemActions(incident.id()).get(0).followUpKey()).isEmpty();

		String confirmed = "click-" + UUID.randomUUID();
		clickWithResponse(this.commander, "incident_pm_track", Long.toString(actions.get(0).id()), channel, confirmed);
		await().atMost(Duration.ofSeconds(20)).until(() -> !this.slack.responses(confirmed).isEmpty());
		assertThat(this.slack.responses(confirmed).get(0)).contains("Tracked as *F-");
		String key = this.incidents.postmortemActions(incident.id()).get(0).followUpKey().orElseThrow();
		FollowUp followUp = followUp(key);
		assertThat(followUp.source()).isEqualTo(FollowUpSource.POST_MORTEM);
		assertThat(followUp.ownerId()).isEqualTo(owner);
		assertThat(followUp.createdBy()).isEqualTo(this.commander);
		String ts = this.incidents.byId(incident.id()).orElseThrow().postmortemTs().orElseThrow();
		awaitUpdate(channel, ts, "tracked as *" + key + "*", "tracked: 1 open · 0 closed");

		String again = "click-" + UUID.randomUUID();
		clickWithResponse(this.commander, "incident_pm_track", Long.toString(actions.get(0).id()), channel, again);
		await().atMost(Duration.ofSeconds(20)).until(() -> !this.slack.responses(again).isEmpty());
		assertThat(this.slack.responses(again).get(0)).contains("Already tracked as *" + key + "*");

		command(owner, "follow-up done " + key);
		awaitUpdate(channel, ts, "tracked as *" + key + "*", "tracked: 0 open · 1 closed");
	}

	@Test
	void aPrivateIncidentsFollowUpsStayInItsRoom() {
		Incident incident = declare(user("REP"), "data-leakage sev2 \"Private transcripts leak\" --private");
		String channel = incident.channelId().orElseThrow();
		String outsider = user("OUT");

		assertThat(inChannel(this.commander, channel,
				"incident follow-up \"Purge the leaked transcripts\" <@" + outsider + ">")
			.text()).contains("is not in this private room");
		String key = key(inChannel(this.commander, channel,
				"incident follow-up \"Purge the leaked transcripts\" <@" + this.commander + ">")
			.text());
		assertThat(followUp(key).privateIncident()).isTrue();

		assertThat(command(outsider, "follow-up show " + key).text()).contains("There is no follow-up `" + key + "`");
		assertThat(command(outsider, "follow-up list all").text()).doesNotContain(key, "Purge");
		assertThat(command(outsider, "follow-up done " + key).text()).contains("There is no follow-up");
		assertThat(command(ADMIN, "follow-up list all").text()).contains(key, ":lock:");
		assertThat(command(this.commander, "follow-up show " + key).text()).contains("Purge the leaked transcripts");
	}

	private Map<String, String> postedDraft(String channel) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.slack.calls("chat.postMessage", "channel", channel)
				.stream()
				.anyMatch((c) -> c.get("text").startsWith("Post-mortem draft")));
		return this.slack.calls("chat.postMessage", "channel", channel)
			.stream()
			.filter((c) -> c.get("text").startsWith("Post-mortem draft"))
			.findFirst()
			.orElseThrow();
	}

	private void awaitUpdate(String channel, String ts, String... containing) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.slack.calls("chat.update", "channel", channel)
				.stream()
				.filter((c) -> ts.equals(c.get("ts")))
				.map(FollowUpTestSupport::readable)
				.anyMatch((text) -> java.util.Arrays.stream(containing).allMatch(text::contains)));
	}

}
