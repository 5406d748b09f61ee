package io.violet.slack;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;

import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.testing.SlackTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class AppHomeTests extends SlackTestSupport {

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

	@Autowired
	@Qualifier("slackWorkExecutor")
	Executor slackWork;

	@Autowired
	AppHome home;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	@Test
	void aHomeAskedForInsideATransactionIsPublishedAfterTheCommitNotWhileItHoldsAConnection() {
		String user = "U" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		new org.springframework.transaction.support.TransactionTemplate(this.transactions).executeWithoutResult((s) -> {
			this.home.refresh(user);
			assertThat(this.slack.calls("views.publish", "user_id", user)).isEmpty();
		});
		awaitCalls("views.publish", 1, (call) -> user.equals(call.get("user_id")));
	}

	@Test
	void theMessagesTabDoesNotRepublish() {
		String user = "U" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		event("Ev" + UUID.randomUUID().toString().substring(0, 8),
				"{\"type\":\"app_home_opened\",\"user\":\"" + user + "\",\"tab\":\"messages\",\"event_ts\":\"1.1\"}");
		// the same user then opens Home: a publish the messages tab had asked for would
		// have
		// been queued before this one, so once this one arrived and the queue has
		// drained,
		// it would have arrived too
		event("Ev" + UUID.randomUUID().toString().substring(0, 8),
				"{\"type\":\"app_home_opened\",\"user\":\"" + user + "\",\"tab\":\"home\",\"event_ts\":\"1.2\"}");
		awaitCalls("views.publish", 1, (call) -> user.equals(call.get("user_id")));
		ThreadPoolTaskExecutor pool = (ThreadPoolTaskExecutor) this.slackWork;
		await().atMost(Duration.ofSeconds(30))
			.until(() -> pool.getActiveCount() == 0 && pool.getThreadPoolExecutor().getQueue().isEmpty());
		assertThat(this.slack.calls("views.publish")).filteredOn((call) -> user.equals(call.get("user_id"))).hasSize(1);
	}

}
