package io.violet.slack;

import java.util.List;
import java.util.UUID;

import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.testing.SlackEndToEnd;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class AppHomeTests extends SlackEndToEnd {

	@Autowired
	Directory directory;

	@Test
	void openingTheHomeTabPublishesTheUsersRoles() {
		String user = "U" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		this.directory.assign(Role.THREAT_ANALYST, List.of(user), false, ADMIN);
		awaitCalls("views.publish", 1, (call) -> user.equals(call.get("user_id")));
		this.slack.resetToDefaults();

		event("Ev" + UUID.randomUUID().toString().substring(0, 8),
				"{\"type\":\"app_home_opened\",\"user\":\"" + user + "\",\"tab\":\"home\",\"event_ts\":\"1.1\"}");

		var publish = awaitCalls("views.publish", 1, (call) -> user.equals(call.get("user_id"))).get(0);
		assertThat(publish.get("view")).contains("\"type\":\"home\"")
			.contains("Threat analyst")
			.contains("/violet help");
	}

	@Test
	void theMessagesTabDoesNotRepublish() {
		event("Ev" + UUID.randomUUID().toString().substring(0, 8),
				"{\"type\":\"app_home_opened\",\"user\":\"U0MSG\",\"tab\":\"messages\",\"event_ts\":\"1.1\"}");
		assertThat(command("U0MSG", "help").status()).isEqualTo(200);
		assertThat(this.slack.calls("views.publish")).noneMatch((call) -> "U0MSG".equals(call.get("user_id")));
	}

}
