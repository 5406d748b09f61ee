package io.violet.directory.slack;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.violet.slack.Guests;
import io.violet.testing.SlackTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Guests (single- and multi-channel) are known from {@code team_join} and
 * {@code user_change}: reads that list the organisation's work answer them "Violet is for
 * full members" within the ack and without asking Slack; reporting an incident and their
 * own reviews stay open to them, and their App Home leaves out the open incidents.
 */
class GuestTests extends SlackTestSupport {

	private static String newUser() {
		return "U" + UUID.randomUUID().toString().replace("-", "").substring(0, 9).toUpperCase();
	}

	private void userEvent(String type, String userId, boolean guest, long updated) {
		event("Ev" + UUID.randomUUID().toString().substring(0, 8),
				"{\"type\":\"" + type + "\",\"user\":{\"id\":\"" + userId + "\",\"name\":\"visitor\",\"deleted\":false,"
						+ "\"is_bot\":false,\"is_restricted\":" + guest + ",\"is_ultra_restricted\":false,\"updated\":"
						+ updated + ",\"tz\":\"Europe/Berlin\"},\"cache_ts\":1,\"event_ts\":\"1.1\"}");
	}

	@Test
	void aGuestCannotListTheOrganisationsWorkButCanReportAnIncident() {
		String guest = newUser();
		userEvent("team_join", guest, true, 1700000000);

		for (String read : List.of("role list", "role who legal", "incident list", "initiative list",
				"initiative show AI-1", "bom where torch", "bom list AI-1", "review list", "training list",
				"insights")) {
			Answer answer = command(guest, read);
			assertThat(answer.status()).isEqualTo(200);
			assertThat(answer.text()).as(read).isEqualTo(Guests.FULL_MEMBERS_ONLY);
		}
		assertThat(this.slack.calls("users.info", "user", guest)).as("decided from the cached facts").isEmpty();

		// what is theirs, and reporting, stay open
		assertThat(command(guest, "review list mine").text()).doesNotContain("full members");
		assertThat(command(guest, "incident declare hallucination sev4 \"Bot invents refund policy\"").text())
			.doesNotContain("full members")
			.containsPattern("#\\d+");

		// the Home leaves out the open incidents but keeps the report button
		event("Ev" + UUID.randomUUID().toString().substring(0, 8),
				"{\"type\":\"app_home_opened\",\"user\":\"" + guest + "\",\"tab\":\"home\",\"event_ts\":\"1.1\"}");
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			runDueSlackJobs();
			return !this.slack.calls("views.publish", "user_id", guest).isEmpty();
		});
		String home = this.slack.calls("views.publish", "user_id", guest).get(0).get("view");
		assertThat(home).contains("Report an AI incident").doesNotContain("Open incidents");

		// made a full member: Slack's user_change says so, and the lists open
		userEvent("user_change", guest, false, 1700000100);
		assertThat(command(guest, "role list").text()).isNotEqualTo(Guests.FULL_MEMBERS_ONLY);
		assertThat(command(guest, "incident list").text()).isNotEqualTo(Guests.FULL_MEMBERS_ONLY);
	}

	@Test
	void aFullMemberListsAsBefore() {
		String member = newUser();
		userEvent("team_join", member, false, 1700000000);
		assertThat(command(member, "role list").text()).isNotEqualTo(Guests.FULL_MEMBERS_ONLY);
		assertThat(command(member, "initiative list").text()).isNotEqualTo(Guests.FULL_MEMBERS_ONLY);
	}

}
