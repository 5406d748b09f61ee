package io.violet.incident;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.violet.audit.AuditTrail;
import io.violet.directory.Role;
import io.violet.directory.RoleHolders;
import io.violet.incident.internal.IncidentMember;
import io.violet.testing.SlackStub;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Private means the room: who sees a private incident, who is reminded of its clocks and
 * who may act on its messages follows the channel's real membership.
 */
class PrivateRoomTests extends IncidentTestSupport {

	@Autowired
	AuditTrail audit;

	@Test
	void aGuestWhoseInvitationFailedIsGrantedNoVisibility() {
		String guest = "UGUEST" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		this.directory.assign(Role.THREAT_ANALYST, List.of(guest), false, ADMIN);
		this.slack.stub("conversations.invite",
				"{\"ok\":false,\"error\":\"user_is_restricted\",\"errors\":[{\"user\":\"" + guest
						+ "\",\"ok\":false,\"error\":\"user_is_restricted\"}]}");
		try {
			long id = declare(newUser(), "data-leakage sev2 \"Customer records in answers\" --private");
			Incident incident = awaitSetUp(id);
			assertThat(this.queries.members(id)).filteredOn((m) -> m.userId().equals(guest))
				.singleElement()
				.satisfies((m) -> {
					assertThat(m.invite()).isEqualTo(IncidentMember.Invite.FAILED);
					assertThat(m.inRoom()).isFalse();
				});

			assertThat(command(guest, "incident list").text()).doesNotContain(label(id))
				.doesNotContain("Customer records");
			assertThat(home(guest)).doesNotContain(label(id)).doesNotContain("Customer records");
			// those Slack let in see it
			assertThat(command(HOLDERS.get(Role.THREAT_ANALYST), "incident list").text()).contains(label(id));
			assertThat(incident.channelId()).isPresent();
		}
		finally {
			this.directory.remove(Role.THREAT_ANALYST, guest, ADMIN);
		}
	}

	@Test
	void someoneWhoLeavesThePrivateRoomLosesItAndGetsItBackOnReturning() {
		long id = declare(newUser(), "model-theft sev3 \"Weights copied to a personal bucket\" --private");
		String channel = awaitSetUp(id).channelId().orElseThrow();
		String analyst = HOLDERS.get(Role.THREAT_ANALYST);
		assertThat(command(analyst, "incident list").text()).contains(label(id));

		assertThat(event("Ev" + UUID.randomUUID(), membership("member_left_channel", analyst, channel)).status())
			.isEqualTo(200);

		assertThat(command(analyst, "incident list").text()).doesNotContain(label(id)).doesNotContain("Weights");
		assertThat(home(analyst)).doesNotContain(label(id)).doesNotContain("Weights");
		assertThat(this.audit.about("incident:" + id)).anySatisfy(
				(e) -> assertThat(e.action() + " " + e.details()).isEqualTo("incident.room-left user " + analyst));

		this.clock.advance(Duration.ofSeconds(5));
		event("Ev" + UUID.randomUUID(), membership("member_joined_channel", analyst, channel));
		assertThat(command(analyst, "incident list").text()).contains(label(id));
	}

	@Test
	void clockRemindersOfAPrivateIncidentReachOnlyRoomMembersAndLegalIsInvitedBeforeBeingTold() {
		String backup = "ULEGALBK" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		this.directory.assign(Role.LEGAL, List.of(backup), true, ADMIN);
		try {
			long id = declare(newUser(), "data-leakage sev2 \"Support transcripts exposed\" --private");
			String channel = awaitSetUp(id).channelId().orElseThrow();
			// the context is shared: legal may have owners from other tests besides this
			// class's; every one of them in the room leaves it
			RoleHolders holders = this.directory.holders(Role.LEGAL);
			String legal = holders.primary().orElseThrow();
			assertThat(invited(channel)).contains(legal).doesNotContain(backup);
			for (String holder : holders.everyone()) {
				if (invited(channel).contains(holder)) {
					event("Ev" + UUID.randomUUID(), membership("member_left_channel", holder, channel));
				}
			}
			List<String> others = holders.everyone().stream().filter((u) -> !u.equals(legal)).toList();

			// 25 h in, the reminder 48 h before the 72 h GDPR deadline is due
			this.clock.advance(Duration.ofHours(25));
			this.ticker.tick();
			List<Map<String, String>> told = awaitCalls("chat.postMessage", 1,
					(c) -> ("D" + legal).equals(c.get("channel")) && c.get("text").contains(" for #" + id + " "));
			assertThat(told.get(0).get("text")).contains("GDPR Art. 33");
			// invited back first, told after
			List<LoggedRequest> requests = this.slack.server()
				.findAll(WireMock.anyRequestedFor(WireMock.urlPathMatching("/api/.*")));
			int reinvite = -1;
			int dm = -1;
			for (int i = 0; i < requests.size(); i++) {
				Map<String, String> form = SlackStub.form(requests.get(i).getBodyAsString());
				if (requests.get(i).getUrl().endsWith("conversations.invite") && channel.equals(form.get("channel"))
						&& form.getOrDefault("users", "").contains(legal)) {
					reinvite = i;
				}
				if (requests.get(i).getUrl().endsWith("chat.postMessage") && ("D" + legal).equals(form.get("channel"))
						&& form.getOrDefault("text", "").contains(" for #" + id + " ") && dm < 0) {
					dm = i;
				}
			}
			assertThat(invited(channel).stream().filter(legal::equals)).hasSize(2);
			assertThat(reinvite).isGreaterThan(-1).isLessThan(dm);
			assertThat(this.audit.about("incident:" + id)).anySatisfy((e) -> {
				assertThat(e.action()).isEqualTo("incident.invited");
				assertThat(e.details()).contains(legal, "legal");
			});
			// the backup was never in the room and hears nothing; the room has the
			// reminder
			assertThat(this.slack.calls("chat.postMessage", "channel", "D" + backup)).isEmpty();
			assertThat(callsIn("chat.postMessage", channel))
				.anySatisfy((c) -> assertThat(c.get("text")).contains(":alarm_clock:", "GDPR Art. 33"));

			// the next reminder: legal is in the room now and told at once; still nothing
			// to
			// the backup and no second invitation
			this.clock.advance(Duration.ofHours(24));
			this.ticker.tick();
			awaitCalls("chat.postMessage", 2,
					(c) -> ("D" + legal).equals(c.get("channel")) && c.get("text").contains(" for #" + id + " "));
			assertThat(invited(channel).stream().filter(legal::equals)).hasSize(2);
			assertThat(others).allSatisfy((u) -> assertThat(remindersOf(id, u)).isEmpty());
		}
		finally {
			this.directory.remove(Role.LEGAL, backup, ADMIN);
		}
	}

	@Test
	void checklistTicksAndAddToTimelineOnAPrivateIncidentComeOnlyFromRoomMembers() {
		long id = declare(newUser(), "prompt-injection sev2 \"Agent leaks the admin key\" --private");
		String channel = awaitSetUp(id).channelId().orElseThrow();
		ChecklistItem item = this.queries.checklist(id).get(0);
		String outsider = newUser();

		assertThat(interaction(blockAction(outsider, channel, tick(item))).status()).isEqualTo(200);
		awaitCalls("chat.postEphemeral", 1,
				(c) -> outsider.equals(c.get("user")) && c.get("text").contains("only the people in its war room"));
		assertThat(this.queries.item(item.id()).orElseThrow().done()).isFalse();

		interaction(messageShortcut("add_to_incident_timeline", outsider, channel, "UWITNESS",
				"the admin key is sk-live-123", "1700000002.000100"));
		awaitCalls("chat.postEphemeral", 1,
				(c) -> outsider.equals(c.get("user")) && c.get("text").contains("can add to its timeline"));
		assertThat(this.queries.timeline(id)).noneSatisfy((t) -> assertThat(t.text()).contains("sk-live-123"));

		// a member of the room may
		String analyst = HOLDERS.get(Role.THREAT_ANALYST);
		interaction(blockAction(analyst, channel, tick(item)));
		await().atMost(Duration.ofSeconds(20)).until(() -> this.queries.item(item.id()).orElseThrow().done());
	}

	@Test
	void aRoomsMembersAreReadFromSlackAfterTheAnswerWhenThisNodeHasNotReadThem() {
		long id = declare(newUser(), "evasion sev3 \"Filter bypassed with homoglyphs\" --private");
		String channel = awaitSetUp(id).channelId().orElseThrow();
		String analyst = HOLDERS.get(Role.THREAT_ANALYST);
		String newcomer = newUser();
		// Slack knows better than the records: the newcomer joined and the analyst left
		// while no event reached Violet
		this.slack.server()
			.stubFor(WireMock.post(WireMock.urlEqualTo("/api/conversations.members"))
				.atPriority(5)
				.withRequestBody(WireMock.containing("channel=" + channel))
				.willReturn(WireMock.okJson("{\"ok\":true,\"members\":[\"UBOT\",\"" + newcomer + "\",\""
						+ HOLDERS.get(Role.INCIDENT_COMMANDER) + "\"],\"response_metadata\":{\"next_cursor\":\"\"}}")));

		// the first answer goes by what was recorded; the read follows it
		assertThat(command(newcomer, "incident list").text()).doesNotContain(label(id));
		awaitCalls("conversations.members", 1, (c) -> channel.equals(c.get("channel")));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> command(newcomer, "incident list").text().contains(label(id)));
		assertThat(command(analyst, "incident list").text()).doesNotContain(label(id));
		assertThat(this.queries.members(id)).filteredOn((m) -> m.userId().equals("UBOT")).isEmpty();
	}

	/**
	 * Direct messages to a user about this incident (other tests' incidents remind too).
	 */
	private List<Map<String, String>> remindersOf(long id, String user) {
		return this.slack.calls("chat.postMessage", "channel", "D" + user)
			.stream()
			.filter((c) -> c.getOrDefault("text", "").contains(" for #" + id + " "))
			.toList();
	}

	private static String label(long id) {
		return "#" + id + "*";
	}

	private String home(String user) {
		int before = this.slack.calls("views.publish", "user_id", user).size();
		event("Ev" + UUID.randomUUID(), "{\"type\":\"app_home_opened\",\"user\":\"" + user + "\",\"channel\":\"D" + user
				+ "\",\"tab\":\"home\",\"event_ts\":\"" + this.clock.instant().getEpochSecond() + ".000100\"}");
		List<Map<String, String>> published = awaitCalls("views.publish", before + 1,
				(c) -> user.equals(c.get("user_id")));
		return readable(published.get(published.size() - 1)).get("view");
	}

	private String membership(String type, String user, String channel) {
		return "{\"type\":\"" + type + "\",\"user\":\"" + user + "\",\"channel\":\"" + channel
				+ "\",\"channel_type\":\"G\",\"team\":\"T0001\",\"event_ts\":\"" + this.clock.instant().getEpochSecond()
				+ "." + String.format("%06d", this.clock.instant().getNano() / 1000) + "\"}";
	}

	private static JsonObject tick(ChecklistItem item) {
		JsonObject action = new JsonObject();
		action.addProperty("type", "checkboxes");
		action.addProperty("action_id", "incident_check");
		action.addProperty("block_id", "incident_item_" + item.id());
		JsonArray selected = new JsonArray();
		JsonObject option = new JsonObject();
		option.addProperty("value", Long.toString(item.id()));
		selected.add(option);
		action.add("selected_options", selected);
		return action;
	}

}
