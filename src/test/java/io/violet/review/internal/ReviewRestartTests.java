package io.violet.review.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.violet.VioletApplication;
import io.violet.directory.Role;
import io.violet.initiative.InitiativeTestSupport;
import io.violet.slack.EventRepublication;
import io.violet.testing.MutableClock;
import io.violet.testing.SlackStub;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A nudge queued on one node that could not send it (Slack was down, then the node went
 * away) is sent once by a node started afterwards on the same database.
 */
class ReviewRestartTests extends InitiativeTestSupport {

	@Autowired
	ReviewReminders reminders;

	@Autowired
	EventRepublication republication;

	@Autowired
	Environment environment;

	@Test
	void aNudgeQueuedBeforeARestartGoesOutAfterItExactlyOnce() {
		String security = user("SEC");
		own(Role.SECURITY_ARCHITECT, security);
		this.clock.set(Instant.parse("2027-03-01T08:00:00Z"));
		String key = create(user("OWNER"), "\"Restarted\"");
		awaitThread(key);
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/conversations.open"))
				.atPriority(10)
				.willReturn(WireMock.aResponse().withStatus(503)));
		this.clock.set(Instant.parse("2027-03-12T09:00:00Z"));
		assertThat(this.reminders.sweep()).isGreaterThan(0);
		await().atMost(Duration.ofSeconds(30)).until(() -> this.slack.calls("conversations.open").size() >= 4);
		assertThat(nudges(security, key)).isEmpty();

		this.slack.resetToDefaults();
		try (ConfigurableApplicationContext restarted = startAnotherNode()) {
			restarted.getBean(MutableClock.class).set(this.clock.instant().plus(Duration.ofMinutes(2)));
			restarted.getBean(EventRepublication.class).resubmitFailed();
			awaitDm(security, "Reminder: the *Threat model review* of *" + key + "*");
			restarted.getBean(ReviewReminders.class).sweep();
			restarted.getBean(EventRepublication.class).resubmitFailed();
		}
		this.clock.advance(Duration.ofMinutes(3));
		this.reminders.sweep();
		this.republication.resubmitFailed();

		assertThat(nudges(security, key)).filteredOn((c) -> c.get("text").contains("Threat model")).hasSize(1);
	}

	private ConfigurableApplicationContext startAnotherNode() {
		// the same database, so the same Quartz cluster and event publication registry
		String url = this.environment.getRequiredProperty("spring.datasource.url");
		String database = url.substring(url.lastIndexOf('/') + 1);
		return new SpringApplicationBuilder(VioletApplication.class, NodeClock.class).run(
				"--violet.test.database=" + database, "--server.port=0", "--management.server.port=0",
				"--violet.slack.bot-token=xoxb-test-token", "--violet.slack.signing-secret=" + SECRET,
				"--violet.slack.api-url=" + SlackStub.get().apiUrl(),
				"--violet.initiatives-channel=" + INITIATIVES_CHANNEL,
				"--violet.incidents-channel=" + INCIDENTS_CHANNEL, "--violet.admins=" + ADMIN);
	}

	private List<Map<String, String>> nudges(String userId, String key) {
		return dmsTo(userId).stream()
			.filter((c) -> c.get("text").contains("Reminder") && c.get("text").contains(key))
			.toList();
	}

	/**
	 * The restarted node's clock (registered as a source of that node only; not a
	 * {@code @Configuration}, so that this test's own context does not pick it up).
	 */
	static class NodeClock {

		@Bean
		@Primary
		MutableClock nodeClock() {
			return new MutableClock();
		}

	}

}
