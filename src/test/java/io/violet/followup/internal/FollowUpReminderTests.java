package io.violet.followup.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.violet.followup.FollowUpTestSupport;
import io.violet.incident.Incident;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Nudges and escalation, driven by moving the clock and running the sweep directly. The
 * follow-up's owner is in Europe/Berlin (the Slack stub's default), the initiative's
 * owner in America/New_York, the organisation in UTC. A follow-up due on Monday
 * 2027-03-08 is nudged on Friday 2027-03-05 within Berlin working hours, and once overdue
 * the initiative's owner is asked during New York working hours.
 */
class FollowUpReminderTests extends FollowUpTestSupport {

	static final Instant MONDAY = Instant.parse("2027-03-01T09:00:00Z");

	@Autowired
	FollowUpReminders reminders;

	String owner;

	String initiativeOwner;

	@BeforeEach
	void people() {
		this.owner = user("OWN");
		this.initiativeOwner = user("INIT");
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/users.info"))
				.withRequestBody(containing("user=" + this.initiativeOwner))
				.atPriority(10)
				.willReturn(okJson("{\"ok\":true,\"user\":{\"id\":\"" + this.initiativeOwner + "\",\"name\":\"ny\","
						+ "\"tz\":\"America/New_York\",\"is_admin\":false,\"is_owner\":false,\"deleted\":false,"
						+ "\"is_bot\":false}}")));
		this.clock.set(MONDAY);
	}

	@Test
	void theOwnerIsNudgedAWorkingDayBeforeInTheirZoneAndTheInitiativeOwnerIsAskedOnceOverdueInTheirs() {
		String initiative = create(this.initiativeOwner, "\"Reminded\"");
		String key = add(this.initiativeOwner,
				"\"Write the rollback plan\" <@" + this.owner + "> --due 2027-03-08 --initiative " + initiative);

		// Thursday 11:00 in Berlin: Monday is two business days away
		sweepAt("2027-03-04T10:00:00Z");
		// Friday 18:30 in Berlin: the right day, after working hours
		sweepAt("2027-03-05T17:30:00Z");
		assertThat(reminders(this.owner, key)).isEmpty();

		// Friday 10:00 in Berlin
		sweepAt("2027-03-05T09:00:00Z");
		await().atMost(java.time.Duration.ofSeconds(30)).until(() -> reminders(this.owner, key).size() == 1);
		assertThat(readable(reminders(this.owner, key).get(0))).contains("Reminder: your follow-up *" + key + "*",
				"is due *Mon 2027-03-08*", "followup_done", "followup_snooze");
		sweepAt("2027-03-05T11:00:00Z");

		// Tuesday 09:30 in Berlin, 03:30 in New York: overdue for the owner, night for
		// the
		// initiative's owner
		sweepAt("2027-03-09T08:30:00Z");
		await().atMost(java.time.Duration.ofSeconds(30)).until(() -> reminders(this.owner, key).size() == 2);
		assertThat(readable(reminders(this.owner, key).get(1))).contains("was due *Mon 2027-03-08* and is overdue");
		assertThat(reminders(this.initiativeOwner, key)).isEmpty();

		// Tuesday 09:00 in New York
		sweepAt("2027-03-09T14:00:00Z");
		await().atMost(java.time.Duration.ofSeconds(30)).until(() -> reminders(this.initiativeOwner, key).size() == 1);
		assertThat(readable(reminders(this.initiativeOwner, key).get(0)))
			.contains("owned by <@" + this.owner + "> was due *Mon 2027-03-08* and is overdue", "followup_done")
			.doesNotContain("followup_snooze");
		sweepAt("2027-03-09T15:00:00Z");
		String marker = sendMarker();
		awaitDmContaining(this.owner, marker);
		assertThat(reminders(this.owner, key)).hasSize(2);
		assertThat(reminders(this.initiativeOwner, key)).hasSize(1);
	}

	@Test
	void aDoneFollowUpIsNeverRemindedAndASnoozeBringsItBackLater() {
		String initiative = create(this.initiativeOwner, "\"Snoozed\"");
		String done = add(this.owner,
				"\"Done early\" <@" + this.owner + "> --due 2027-03-08 --initiative " + initiative);
		String snoozed = add(this.owner, "\"Later\" <@" + this.owner + "> --due 2027-04-30 --initiative " + initiative);
		command(this.owner, "follow-up done " + done);
		String response = "click-" + UUID.randomUUID();
		clickWithResponse(this.owner, "followup_snooze", snoozed, "D" + this.owner, response);
		await().atMost(java.time.Duration.ofSeconds(30)).until(() -> !this.slack.responses(response).isEmpty());

		sweepAt("2027-03-01T12:00:00Z");
		// the next business day, 10:00 in Berlin: the snooze has ended
		sweepAt("2027-03-02T09:00:00Z");
		await().atMost(java.time.Duration.ofSeconds(30)).until(() -> reminders(this.owner, snoozed).size() == 1);
		assertThat(readable(reminders(this.owner, snoozed).get(0))).contains("You snoozed your follow-up *" + snoozed);
		sweepAt("2027-03-05T09:00:00Z");
		sweepAt("2027-03-09T09:00:00Z");
		String marker = sendMarker();
		awaitDmContaining(this.owner, marker);
		assertThat(reminders(this.owner, done)).isEmpty();
		assertThat(reminders(this.owner, snoozed)).hasSize(1);
	}

	@Test
	void anOverdueIncidentFollowUpIsEscalatedToTheCommanderInTheCommandersZoneWhoMayThenMoveIt() {
		String tokyo = user("TOKYO");
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/users.info"))
				.withRequestBody(containing("user=" + tokyo))
				.atPriority(10)
				.willReturn(okJson("{\"ok\":true,\"user\":{\"id\":\"" + tokyo + "\",\"name\":\"tokyo\","
						+ "\"tz\":\"Asia/Tokyo\",\"is_admin\":false,\"is_owner\":false,\"deleted\":false,"
						+ "\"is_bot\":false}}")));
		Incident incident = declare(user("REP"), "harmful-output sev3 \"Rude answers to customers\"");
		String room = incident.channelId().orElseThrow();
		assertThat(inChannel(this.commander, room, "incident role commander <@" + tokyo + ">").text())
			.contains("<@" + tokyo + ">");
		String key = key(inChannel(tokyo, room,
				"incident follow-up \"Add a tone filter\" <@" + this.owner + "> --due 2027-03-08")
			.text());

		// Tuesday 10:30 in Berlin, 18:30 in Tokyo: the owner hears it is overdue, the
		// commander's working day is over
		sweepAt("2027-03-09T09:30:00Z");
		await().atMost(java.time.Duration.ofSeconds(30)).until(() -> reminders(this.owner, key).size() == 1);
		assertThat(readable(reminders(this.owner, key).get(0))).contains("is overdue");
		assertThat(reminders(tokyo, key)).isEmpty();

		// Wednesday 09:30 in Tokyo
		sweepAt("2027-03-10T00:30:00Z");
		await().atMost(java.time.Duration.ofSeconds(30)).until(() -> reminders(tokyo, key).size() == 1);
		assertThat(readable(reminders(tokyo, key).get(0)))
			.contains("owned by <@" + this.owner + "> was due *Mon 2027-03-08* and is overdue");

		// the commander may move it, someone else may not
		assertThat(command(user("STRANGER"), "follow-up due " + key + " 2027-03-31").text())
			.contains("Only its owner, the incident's commander, the initiative's owner and Violet admins");
		assertThat(followUp(key).due()).isEqualTo(java.time.LocalDate.parse("2027-03-08"));
		assertThat(command(tokyo, "follow-up due " + key + " 2027-03-31").text()).contains("is now due");
		assertThat(followUp(key).due()).isEqualTo(java.time.LocalDate.parse("2027-03-31"));
	}

	private void sweepAt(String instant) {
		this.clock.set(Instant.parse(instant));
		this.reminders.sweep();
	}

	/**
	 * Has a later DM sent to the owner by other work, so that a test waiting for "no more
	 * reminders" waits until the reminders it checks would have arrived.
	 */
	private String sendMarker() {
		String marker = "marker-" + UUID.randomUUID();
		String initiative = create(this.initiativeOwner, "\"" + marker + "\"");
		add(this.initiativeOwner, "\"" + marker + "\" <@" + this.owner + "> --initiative " + initiative);
		return marker;
	}

	private List<Map<String, String>> reminders(String user, String key) {
		return dmsTo(user).stream()
			.filter((c) -> c.get("text").contains(key) && !c.get("text").startsWith("You own"))
			.toList();
	}

}
