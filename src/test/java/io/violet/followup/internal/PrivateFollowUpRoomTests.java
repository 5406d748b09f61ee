package io.violet.followup.internal;

import java.time.Duration;
import java.util.UUID;

import io.violet.followup.FollowUpTestSupport;
import io.violet.incident.Incident;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A private incident's follow-up is seen by who is in its room now, as Slack's membership
 * events say: someone who joins sees it, someone who leaves loses it (even its owner) and
 * gets it back on returning.
 */
class PrivateFollowUpRoomTests extends FollowUpTestSupport {

	@Test
	void aPrivateIncidentsFollowUpFollowsTheRoomsMembership() {
		Incident incident = declare(user("REP"), "model-theft sev2 \"Weights in a personal bucket\" --private");
		String room = incident.channelId().orElseThrow();
		String analyst = user("ANA");
		assertThat(inChannel(this.commander, room, "incident follow-up \"Rotate the bucket keys\" <@" + analyst + ">")
			.text()).contains("is not in this private room");

		member("member_joined_channel", analyst, room);
		String key = key(
				inChannel(this.commander, room, "incident follow-up \"Rotate the bucket keys\" <@" + analyst + ">")
					.text());
		assertThat(command(analyst, "follow-up list").text()).contains(key, "Rotate the bucket keys");
		assertThat(command(analyst, "follow-up show " + key).text()).contains("Rotate the bucket keys");

		this.clock.advance(Duration.ofSeconds(5));
		member("member_left_channel", analyst, room);
		assertThat(command(analyst, "follow-up list").text()).doesNotContain(key).doesNotContain("Rotate");
		assertThat(command(analyst, "follow-up show " + key).text()).contains("There is no follow-up `" + key + "`");
		assertThat(command(analyst, "follow-up done " + key).text()).contains("There is no follow-up");
		assertThat(followUp(key).done()).isFalse();
		assertThat(command(this.commander, "follow-up show " + key).text()).contains("Rotate the bucket keys");
		assertThat(command(this.commander, "follow-up reassign " + key + " <@" + user("OUT") + ">").text())
			.contains("not in this private incident's room");

		this.clock.advance(Duration.ofSeconds(5));
		member("member_joined_channel", analyst, room);
		assertThat(command(analyst, "follow-up done " + key + " \"rotated\"").text()).contains("*" + key + "* is done");
	}

	private void member(String type, String user, String channel) {
		String json = "{\"type\":\"" + type + "\",\"user\":\"" + user + "\",\"channel\":\"" + channel
				+ "\",\"channel_type\":\"G\",\"team\":\"T0001\",\"event_ts\":\"" + this.clock.instant().getEpochSecond()
				+ "." + String.format("%06d", this.clock.instant().getNano() / 1000) + "\"}";
		assertThat(event("Ev" + UUID.randomUUID(), json).status()).isEqualTo(200);
	}

}
