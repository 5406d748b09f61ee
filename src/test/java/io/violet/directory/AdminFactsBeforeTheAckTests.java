package io.violet.directory;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.violet.testing.SlackTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An admin check while a command waits for its ack reads only what Violet knows (the
 * cache, {@code VIOLET_ADMINS}); Slack is asked after the answer. Slack answers
 * {@code users.info} here only after nine seconds: a check that waited for it would miss
 * the ack by far.
 */
class AdminFactsBeforeTheAckTests extends SlackTestSupport {

	private static final int SLOW_SLACK_MILLIS = 9_000;

	/**
	 * Well above Slack's three seconds, well below the slow answer: not a timing test.
	 */
	private static final long ANSWER_WITHIN_SECONDS = 6;

	@Autowired
	Directory directory;

	@Autowired
	UserFacts userFacts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aWorkspaceAdminNeverSeenIsAnsweredAtOnceAndRecognisedOnceSlackHasAnswered() throws Exception {
		String workspaceAdmin = newUser();
		String user = newUser();
		slowUsersInfo(workspaceAdmin, true);

		Answer first = within(() -> command(workspaceAdmin, "role assign hr <@" + user + ">"));
		assertThat(first.text()).contains("Only Violet admins can change the role directory");
		assertThat(this.directory.holders(Role.HR).includes(user)).isFalse();

		// Slack is asked after the answer, and what it said counts from then on
		await().atMost(Duration.ofSeconds(40))
			.until(() -> this.userFacts.cached(workspaceAdmin).map(UserFact::workspaceAdmin).orElse(false));
		assertThat(within(() -> command(workspaceAdmin, "role assign hr <@" + user + ">")).text()).contains("Added");
		assertThat(this.slack.calls("users.info", "user", workspaceAdmin)).hasSize(1);
	}

	@Test
	void factsNotRefreshedForAWeekAnswerAtOnceAndAreRefreshedAfterwards() throws Exception {
		String formerAdmin = newUser();
		this.userFacts.store(new UserFact(formerAdmin, "UTC", true, false, false, false,
				this.clock.instant().minus(Duration.ofDays(8))));
		slowUsersInfo(formerAdmin, false);

		// still an admin by what Violet knew, answered without waiting for Slack
		assertThat(within(() -> command(formerAdmin, "role assign hr <@" + newUser() + ">")).text()).contains("Added");
		await().atMost(Duration.ofSeconds(40))
			.until(() -> this.userFacts.cached(formerAdmin).map((fact) -> !fact.workspaceAdmin()).orElse(false));
		assertThat(within(() -> command(formerAdmin, "role assign hr <@" + newUser() + ">")).text())
			.contains("Only Violet admins can change the role directory");
	}

	@Test
	void configuredAdminsNeverWaitForSlack() throws Exception {
		slowUsersInfo(ADMIN, false);
		this.jdbc.update("DELETE FROM user_fact WHERE user_id = ?", ADMIN);
		assertThat(within(() -> command(ADMIN, "role assign hr <@" + newUser() + ">")).text()).contains("Added");
	}

	private void slowUsersInfo(String userId, boolean admin) {
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/users.info"))
				.withRequestBody(containing("user=" + userId))
				.atPriority(10)
				.willReturn(okJson("{\"ok\":true,\"user\":{\"id\":\"" + userId + "\",\"name\":\"someone\","
						+ "\"tz\":\"UTC\",\"is_admin\":" + admin + ",\"is_owner\":false,\"deleted\":false,"
						+ "\"is_bot\":false}}")
					.withFixedDelay(SLOW_SLACK_MILLIS)));
	}

	private static Answer within(java.util.function.Supplier<Answer> request) throws Exception {
		return CompletableFuture.supplyAsync(request).get(ANSWER_WITHIN_SECONDS, TimeUnit.SECONDS);
	}

	private static String newUser() {
		return "U" + UUID.randomUUID().toString().replace("-", "").substring(0, 9).toUpperCase();
	}

}
