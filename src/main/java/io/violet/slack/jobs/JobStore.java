package io.violet.slack.jobs;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.violet.slack.SlackJobStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The {@code slack_job} rows. Every change of a running job is conditional on the claim
 * that started the run (the node's id and the attempt number), so that a run whose node
 * was given up for dead can no longer change the job another node took over.
 */
@Repository
class JobStore {

	private static final String COLUMNS = "id, job_key, type, subject, state, attempts, failures, not_before, "
			+ "claimed_by, last_error, what_to_do, created_at, updated_at";

	private static final RowMapper<Row> ROW = (rs, n) -> new Row(rs.getLong("id"), rs.getString("job_key"),
			rs.getString("type"), rs.getString("subject"), SlackJobStatus.State.valueOf(rs.getString("state")),
			rs.getInt("attempts"), rs.getInt("failures"), instant(rs, "not_before"), rs.getString("claimed_by"),
			rs.getString("last_error"), rs.getString("what_to_do"), instant(rs, "created_at"),
			instant(rs, "updated_at"));

	private final JdbcTemplate jdbc;

	JobStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Queues a job once per key, in the caller's transaction.
	 * @return the new job's id, empty when the key was known
	 */
	Optional<Long> insert(String type, String key, String subject, Instant notBefore, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		int added = this.jdbc.update((connection) -> {
			PreparedStatement insert = connection.prepareStatement(
					"INSERT IGNORE INTO slack_job (job_key, type, subject, state, refresh, not_before, created_at, "
							+ "updated_at) VALUES (?, ?, ?, 'PENDING', FALSE, ?, ?, ?)",
					Statement.RETURN_GENERATED_KEYS);
			insert.setString(1, key);
			insert.setString(2, type);
			insert.setString(3, subject);
			insert.setTimestamp(4, Timestamp.from(notBefore));
			insert.setTimestamp(5, Timestamp.from(now));
			insert.setTimestamp(6, Timestamp.from(now));
			return insert;
		}, keys);
		return (added == 1 && keys.getKey() != null) ? Optional.of(keys.getKey().longValue()) : Optional.empty();
	}

	/**
	 * Queues refresh work: a pending run absorbs it, a running one runs once more, a
	 * finished or parked one is armed again. MariaDB applies the assignments in order, so
	 * each one still sees the state before this request.
	 * @return the job's id
	 */
	long upsertRefresh(String type, String key, String subject, Instant notBefore, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			PreparedStatement upsert = connection.prepareStatement(
					"INSERT INTO slack_job (job_key, type, subject, state, refresh, not_before, created_at, updated_at) "
							+ "VALUES (?, ?, ?, 'PENDING', TRUE, ?, ?, ?) ON DUPLICATE KEY UPDATE id = LAST_INSERT_ID(id), "
							+ "rerun = (state = 'RUNNING') OR rerun, "
							+ "attempts = IF(state IN ('DONE', 'PARKED'), 0, attempts), "
							+ "failures = IF(state IN ('DONE', 'PARKED'), 0, failures), "
							+ "not_before = IF(state IN ('DONE', 'PARKED'), VALUES(not_before), not_before), "
							+ "state = IF(state = 'RUNNING', state, 'PENDING'), updated_at = VALUES(updated_at)",
					Statement.RETURN_GENERATED_KEYS);
			upsert.setString(1, key);
			upsert.setString(2, type);
			upsert.setString(3, subject);
			upsert.setTimestamp(4, Timestamp.from(notBefore));
			upsert.setTimestamp(5, Timestamp.from(now));
			upsert.setTimestamp(6, Timestamp.from(now));
			return upsert;
		}, keys);
		Number id = keys.getKey();
		return (id != null) ? id.longValue()
				: this.jdbc.queryForObject("SELECT id FROM slack_job WHERE job_key = ?", Long.class, key);
	}

	/**
	 * Makes a job held back until a request's ack due now, unless its time changed
	 * meanwhile.
	 * @param held the time it was held until
	 */
	void release(long id, Instant held, Instant now) {
		this.jdbc.update("UPDATE slack_job SET not_before = ? WHERE id = ? AND state = 'PENDING' AND not_before = ?",
				Timestamp.from(now), id, Timestamp.from(held));
	}

	/**
	 * Claims a due pending job for this node.
	 * @return whether this node now runs it
	 */
	boolean claim(long id, String node, Instant now) {
		return this.jdbc.update(
				"UPDATE slack_job SET state = 'RUNNING', claimed_by = ?, claimed_at = ?, attempts = attempts + 1, "
						+ "updated_at = ? WHERE id = ? AND state = 'PENDING' AND not_before <= ?",
				node, Timestamp.from(now), Timestamp.from(now), id, Timestamp.from(now)) == 1;
	}

	Optional<Row> find(long id) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM slack_job WHERE id = ?", ROW, id).stream().findFirst();
	}

	Optional<Row> find(String key) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM slack_job WHERE job_key = ?", ROW, key)
			.stream()
			.findFirst();
	}

	/**
	 * Finishes a run: done, or pending again when it was asked for again meanwhile.
	 * @return true when the job is to run again at once
	 */
	boolean finish(Claim claim, Instant now) {
		int done = update(
				"UPDATE slack_job SET state = 'DONE', claimed_by = NULL, last_error = NULL, what_to_do = NULL, "
						+ "updated_at = ? WHERE id = ? AND claimed_by = ? AND attempts = ? AND rerun = FALSE",
				Timestamp.from(now), claim.id(), claim.node(), claim.attempts());
		if (done == 1) {
			return false;
		}
		return update(
				"UPDATE slack_job SET state = 'PENDING', rerun = FALSE, attempts = 0, failures = 0, not_before = ?, "
						+ "claimed_by = NULL, updated_at = ? WHERE id = ? AND claimed_by = ? AND attempts = ? AND rerun = TRUE",
				Timestamp.from(now), Timestamp.from(now), claim.id(), claim.node(), claim.attempts()) == 1;
	}

	/**
	 * Gives a run's job back to run again not before a time.
	 * @param failed whether it counts as a failure against the cap (rate limits do not)
	 */
	void giveBack(Claim claim, Instant notBefore, boolean failed, String error, Instant now) {
		update("UPDATE slack_job SET state = 'PENDING', not_before = ?, failures = failures + ?, last_error = ?, "
				+ "claimed_by = NULL, updated_at = ? WHERE id = ? AND claimed_by = ? AND attempts = ?",
				Timestamp.from(notBefore), failed ? 1 : 0, cut(error, 1000), Timestamp.from(now), claim.id(),
				claim.node(), claim.attempts());
	}

	void park(Claim claim, String error, String whatToDo, Instant now) {
		park(claim, false, error, whatToDo, now);
	}

	/**
	 * Parks a job for admins.
	 * @param failed whether the run that parks it failed (and counts as a failure)
	 */
	void park(Claim claim, boolean failed, String error, String whatToDo, Instant now) {
		update("UPDATE slack_job SET state = 'PARKED', rerun = FALSE, failures = failures + ?, last_error = ?, "
				+ "what_to_do = ?, claimed_by = NULL, updated_at = ? WHERE id = ? AND claimed_by = ? AND attempts = ?",
				failed ? 1 : 0, cut(error, 1000), cut(whatToDo, 1000), Timestamp.from(now), claim.id(), claim.node(),
				claim.attempts());
	}

	/**
	 * A change of a claimed job, made by the runner outside any transaction: a deadlock
	 * victim's statement was rolled back alone, so it is made again (the claim's
	 * conditions keep a repeat harmless).
	 */
	private int update(String sql, Object... args) {
		for (int attempt = 1;; attempt++) {
			try {
				return this.jdbc.update(sql, args);
			}
			catch (PessimisticLockingFailureException ex) {
				if (attempt >= 5 || TransactionSynchronizationManager.isActualTransactionActive()) {
					throw ex;
				}
			}
		}
	}

	/**
	 * Pending jobs whose time has come, oldest due first.
	 */
	List<Row> due(Instant now, int limit) {
		return this.jdbc.query(
				"SELECT " + COLUMNS
						+ " FROM slack_job WHERE state = 'PENDING' AND not_before <= ? ORDER BY not_before LIMIT ?",
				ROW, Timestamp.from(now), limit);
	}

	/**
	 * Gives back the jobs of nodes that no longer check in with the Quartz cluster: their
	 * scheduler row is gone (another node's Quartz recovered it) or its last check-in is
	 * older than two check-in intervals (and at least Quartz's own 7.5 s margin). A slow
	 * run on a live node is never taken away, however long it takes.
	 * @param scheduler the Quartz scheduler name the nodes share
	 * @param self this node's instance id
	 * @param nowMillis the wall clock, as Quartz writes its check-ins
	 * @return how many jobs were given back
	 */
	int releaseOrphans(String scheduler, String self, long nowMillis, Instant now) {
		// Plain reads first, then one row at a time by its key: a single UPDATE with the
		// check-in subquery would lock the scanned jobs and Quartz's check-in rows
		// together
		// and deadlock with claims and with Quartz's own check-ins.
		List<Map<String, Object>> running = this.jdbc
			.queryForList("SELECT id, claimed_by FROM slack_job WHERE state = 'RUNNING' AND claimed_by <> ?", self);
		if (running.isEmpty()) {
			return 0;
		}
		Set<String> live = new HashSet<>(this.jdbc.queryForList(
				"SELECT INSTANCE_NAME FROM QRTZ_SCHEDULER_STATE WHERE SCHED_NAME = ? "
						+ "AND LAST_CHECKIN_TIME + GREATEST(2 * CHECKIN_INTERVAL, CHECKIN_INTERVAL + 7500) > ?",
				String.class, scheduler, nowMillis));
		int released = 0;
		for (Map<String, Object> job : running) {
			String node = (String) job.get("claimed_by");
			if (node == null || live.contains(node)) {
				continue;
			}
			released += this.jdbc.update(
					"UPDATE slack_job SET state = 'PENDING', failures = failures + 1, "
							+ "last_error = ?, claimed_by = NULL, not_before = ?, updated_at = ? "
							+ "WHERE id = ? AND state = 'RUNNING' AND claimed_by = ?",
					"node " + node + " stopped checking in", Timestamp.from(now), Timestamp.from(now),
					((Number) job.get("id")).longValue(), node);
		}
		return released;
	}

	/**
	 * Jobs this node claimed but no longer runs (a run lost with a restart that kept the
	 * instance id, or a non-clustered scheduler).
	 */
	int releaseLost(String self, java.util.Collection<Long> runningHere, Instant now) {
		List<Long> claimed = this.jdbc
			.queryForList("SELECT id FROM slack_job WHERE state = 'RUNNING' AND claimed_by = ?", Long.class, self);
		int released = 0;
		for (Long id : claimed) {
			if (!runningHere.contains(id)) {
				released += this.jdbc.update(
						"UPDATE slack_job SET state = 'PENDING', failures = failures + 1, claimed_by = NULL, "
								+ "last_error = 'its run was lost', not_before = ?, updated_at = ? "
								+ "WHERE id = ? AND state = 'RUNNING' AND claimed_by = ?",
						Timestamp.from(now), Timestamp.from(now), id, self);
			}
		}
		return released;
	}

	List<Row> parked() {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM slack_job WHERE state = 'PARKED' ORDER BY updated_at DESC",
				ROW);
	}

	/**
	 * Arms a parked job again: failures are forgiven and its failed effects are cleared,
	 * so that they are tried again; done effects stay done.
	 * @return whether it was parked
	 */
	boolean rearm(long id, Instant now) {
		int armed = this.jdbc.update(
				"UPDATE slack_job SET state = 'PENDING', failures = 0, not_before = ?, what_to_do = NULL, updated_at = ? "
						+ "WHERE id = ? AND state = 'PARKED'",
				Timestamp.from(now), Timestamp.from(now), id);
		if (armed == 1) {
			this.jdbc.update("DELETE FROM slack_effect WHERE job_id = ? AND state = 'FAILED'", id);
		}
		return armed == 1;
	}

	/**
	 * Makes a finished or parked job run again (its failed effect was cleared); a running
	 * one runs once more when it ends.
	 */
	void runAgain(long id, Instant now) {
		this.jdbc.update(
				"UPDATE slack_job SET rerun = (state = 'RUNNING'), " + "failures = IF(state = 'RUNNING', failures, 0), "
						+ "not_before = IF(state = 'RUNNING', not_before, ?), "
						+ "state = IF(state = 'RUNNING', state, 'PENDING'), updated_at = ? WHERE id = ?",
				Timestamp.from(now), Timestamp.from(now), id);
	}

	Map<SlackJobStatus.State, Integer> counts() {
		Map<SlackJobStatus.State, Integer> counts = new EnumMap<>(SlackJobStatus.State.class);
		this.jdbc.query(
				"SELECT state, COUNT(*) FROM slack_job WHERE state IN ('PENDING', 'RUNNING', 'PARKED') GROUP BY state",
				(ResultSet rs) -> {
					while (rs.next()) {
						counts.put(SlackJobStatus.State.valueOf(rs.getString(1)), rs.getInt(2));
					}
					return null;
				});
		return counts;
	}

	/**
	 * Forgets finished jobs, and their effect records, older than the retention.
	 * @return how many jobs were forgotten
	 */
	int purgeDone(Instant before) {
		int purged = 0;
		while (true) {
			List<Long> ids = this.jdbc.queryForList(
					"SELECT id FROM slack_job WHERE state = 'DONE' AND updated_at < ? LIMIT 500", Long.class,
					Timestamp.from(before));
			if (ids.isEmpty()) {
				return purged;
			}
			String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
			this.jdbc.update("DELETE FROM slack_effect WHERE job_id IN (" + marks + ")", ids.toArray());
			purged += this.jdbc.update("DELETE FROM slack_job WHERE id IN (" + marks + ")", ids.toArray());
		}
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return (at != null) ? at.toInstant() : Instant.EPOCH;
	}

	static String cut(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

	/**
	 * The claim a run holds.
	 *
	 * @param id the job
	 * @param node the node that claimed it
	 * @param attempts the job's attempt count after the claim
	 */
	record Claim(long id, String node, int attempts) {
	}

	/**
	 * A job row.
	 */
	record Row(long id, String key, String type, String subject, SlackJobStatus.State state, int attempts, int failures,
			Instant notBefore, @Nullable String claimedBy, @Nullable String lastError, @Nullable String whatToDo,
			Instant createdAt, Instant updatedAt) {

		SlackJobStatus status() {
			return new SlackJobStatus(this.key, this.type, this.subject, this.state, this.attempts, this.failures,
					this.notBefore, this.lastError, this.whatToDo);
		}

	}

}
