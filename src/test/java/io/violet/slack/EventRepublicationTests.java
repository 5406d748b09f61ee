package io.violet.slack;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.testing.SlackTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class EventRepublicationTests extends SlackTestSupport {

	private static final String HOME_LISTENER = "%RoleChangeHomeRefresher%RoleAssigned%";

	@Autowired
	Directory directory;

	@Autowired
	EventRepublication republication;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	javax.sql.DataSource dataSource;

	@Test
	void aPublicationLeftIncompleteIsCompletedByTheResubmissionJob() {
		// listeners no longer call Slack themselves (an outage cannot fail them), so the
		// publication a dying node left behind is made from a completed one
		String user = "U" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		this.directory.assign(Role.COMMS, List.of(user), false, ADMIN);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.slack.calls("views.publish", "user_id", user).size() == 1 && archivedFor(user) == 1);
		String copy = UUID.randomUUID().toString();
		this.jdbc.update("INSERT INTO EVENT_PUBLICATION (ID, LISTENER_ID, EVENT_TYPE, SERIALIZED_EVENT, "
				+ "PUBLICATION_DATE, STATUS, COMPLETION_ATTEMPTS) SELECT ?, LISTENER_ID, EVENT_TYPE, SERIALIZED_EVENT, "
				+ "?, 'FAILED', 1 FROM EVENT_PUBLICATION_ARCHIVE WHERE LISTENER_ID LIKE ? AND SERIALIZED_EVENT LIKE ?",
				copy, java.sql.Timestamp.from(this.clock.instant().minus(Duration.ofHours(1))), HOME_LISTENER,
				"%" + user + "%");
		assertThat(incompleteFor(user)).isEqualTo(1);

		this.republication.resubmitFailedOlderThan(Duration.ZERO);

		await().atMost(Duration.ofSeconds(20)).until(() -> incompleteFor(user) == 0);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.slack.calls("views.publish", "user_id", user).size() == 2);
	}

	@Test
	void aStalePublicationALocksHoldsIsSkippedWithoutWaitingAndMarkedOnTheNextTick() throws Exception {
		String held = UUID.randomUUID().toString();
		String free = UUID.randomUUID().toString();
		java.sql.Timestamp old = java.sql.Timestamp.from(this.clock.instant().minus(Duration.ofHours(1)));
		for (String id : List.of(held, free)) {
			this.jdbc.update(
					"INSERT INTO EVENT_PUBLICATION (ID, LISTENER_ID, EVENT_TYPE, SERIALIZED_EVENT, "
							+ "PUBLICATION_DATE, STATUS, COMPLETION_ATTEMPTS) VALUES (?, ?, 'java.lang.String', ?, ?, "
							+ "'PROCESSING', 1)",
					id, "io.violet.test.Nobody.on(java.lang.String)", "\"" + id + "\"", old);
		}
		// a listener finishing its publication holds the row's lock, as Spring Modulith's
		// completion does while it scans the table
		try (java.sql.Connection listener = this.dataSource.getConnection()) {
			listener.setAutoCommit(false);
			try (var lock = listener.prepareStatement("SELECT ID FROM EVENT_PUBLICATION WHERE ID = ? FOR UPDATE")) {
				lock.setString(1, held);
				lock.executeQuery().close();
			}
			try {
				// before, this waited for the lock (or lost a deadlock) and threw out of
				// the Quartz job
				this.republication.markStale();
				assertThat(statusOf(free)).isEqualTo("FAILED");
				assertThat(statusOf(held)).isEqualTo("PROCESSING");
			}
			finally {
				listener.rollback();
			}
			this.republication.markStale();
			assertThat(statusOf(held)).isEqualTo("FAILED");
		}
		finally {
			this.jdbc.update("DELETE FROM EVENT_PUBLICATION WHERE ID IN (?, ?)", held, free);
		}
	}

	private String statusOf(String id) {
		return this.jdbc.queryForObject("SELECT STATUS FROM EVENT_PUBLICATION WHERE ID = ?", String.class, id);
	}

	private int archivedFor(String user) {
		return this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM EVENT_PUBLICATION_ARCHIVE WHERE LISTENER_ID LIKE ? AND SERIALIZED_EVENT LIKE ?",
				Integer.class, HOME_LISTENER, "%" + user + "%");
	}

	private int incompleteFor(String user) {
		return this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL AND SERIALIZED_EVENT LIKE ?",
				Integer.class, "%" + user + "%");
	}

}
