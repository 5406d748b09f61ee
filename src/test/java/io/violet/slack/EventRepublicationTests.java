package io.violet.slack;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.testing.SlackEndToEnd;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import com.github.tomakehurst.wiremock.client.WireMock;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class EventRepublicationTests extends SlackEndToEnd {

	@Autowired
	Directory directory;

	@Autowired
	EventRepublication republication;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aPublicationLeftIncompleteDuringAnOutageIsCompletedByTheResubmissionJob() {
		String user = "U" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/views.publish"))
				.atPriority(1)
				.willReturn(aResponse().withStatus(503)));

		this.directory.assign(Role.COMMS, List.of(user), false, ADMIN);

		await().atMost(Duration.ofSeconds(30)).until(() -> failedFor(user) == 1);
		assertThat(this.slack.calls("views.publish", "user_id", user)).as("retried while Slack answered 503")
			.hasSizeGreaterThan(1);

		this.slack.resetToDefaults();
		this.republication.resubmitFailedOlderThan(Duration.ZERO);

		await().atMost(Duration.ofSeconds(20)).until(() -> incompleteFor(user) == 0);
		assertThat(this.slack.calls("views.publish", "user_id", user)).as("published once after the outage").hasSize(1);
	}

	private int failedFor(String user) {
		return this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE STATUS = 'FAILED' AND SERIALIZED_EVENT LIKE ?",
				Integer.class, "%" + user + "%");
	}

	private int incompleteFor(String user) {
		return this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL AND SERIALIZED_EVENT LIKE ?",
				Integer.class, "%" + user + "%");
	}

}
