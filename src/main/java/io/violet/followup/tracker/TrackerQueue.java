package io.violet.followup.tracker;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The durable queue of tracker syncs, one row per follow-up. Any node may run a row; a
 * claim with a lease keeps two nodes (or the sweep and a local kick) from running the
 * same one at once, and a crashed node's claim simply runs out.
 */
@Component
public class TrackerQueue {

	/** Longer than the slowest sync: a few tracker calls, each with its timeout. */
	static final Duration LEASE = Duration.ofMinutes(2);

	private static final Duration FIRST_RETRY = Duration.ofSeconds(30);

	private static final Duration LONGEST_RETRY = Duration.ofHours(1);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	TrackerQueue(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Asks for a follow-up's issue to be brought up to date, in the caller's transaction.
	 * @param followUpId the follow-up
	 */
	public void enqueue(long followUpId) {
		Timestamp now = now();
		this.jdbc.update("INSERT INTO tracker_sync (follow_up_id, generation, pending, parked, attempts, not_before, "
				+ "create_attempted, updated_at) VALUES (?, 1, TRUE, FALSE, 0, ?, FALSE, ?) "
				+ "ON DUPLICATE KEY UPDATE generation = generation + 1, pending = TRUE, parked = FALSE, attempts = 0, "
				+ "not_before = VALUES(not_before), last_error = NULL, updated_at = VALUES(updated_at)", followUpId,
				now, now);
	}

	/**
	 * Rows due now, oldest first.
	 * @param limit how many
	 * @return their follow-up ids
	 */
	List<Long> due(int limit) {
		Timestamp now = now();
		return this.jdbc.queryForList(
				"SELECT follow_up_id FROM tracker_sync WHERE pending = TRUE AND parked = FALSE AND not_before <= ? "
						+ "AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY not_before, follow_up_id LIMIT ?",
				Long.class, now, now, limit);
	}

	/**
	 * Claims a row for one run.
	 * @param followUpId the follow-up
	 * @return the claim, empty when another run has it or nothing is pending
	 */
	Optional<Claim> claim(long followUpId) {
		Instant now = this.clock.instant();
		int claimed = this.jdbc.update(
				"UPDATE tracker_sync SET claimed_until = ? WHERE follow_up_id = ? AND pending = TRUE AND parked = FALSE "
						+ "AND (claimed_until IS NULL OR claimed_until < ?)",
				Timestamp.from(now.plus(LEASE)), followUpId, Timestamp.from(now));
		if (claimed == 0) {
			return Optional.empty();
		}
		return this.jdbc
			.query("SELECT generation, attempts, create_attempted FROM tracker_sync WHERE follow_up_id = ?",
					(rs, n) -> new Claim(followUpId, rs.getLong(1), rs.getInt(2), rs.getBoolean(3)), followUpId)
			.stream()
			.findFirst();
	}

	/**
	 * Records that a create call is about to go out, so that a rerun after a lost answer
	 * looks for the issue before creating another.
	 * @param followUpId the follow-up
	 */
	void createAttempted(long followUpId) {
		this.jdbc.update("UPDATE tracker_sync SET create_attempted = TRUE WHERE follow_up_id = ?", followUpId);
	}

	/**
	 * The run brought the issue up to date: done, unless a change came in meanwhile.
	 * @param claim the run's claim
	 */
	void done(Claim claim) {
		this.jdbc.update(
				"UPDATE tracker_sync SET pending = (generation <> ?), attempts = 0, claimed_until = NULL, "
						+ "last_error = NULL, updated_at = ? WHERE follow_up_id = ?",
				claim.generation(), now(), claim.followUpId());
	}

	/**
	 * The run failed: a transient failure is tried again later with a growing pause, up
	 * to the cap; a permanent one, or one past the cap, is parked for admins.
	 * @param claim the run's claim
	 * @param error what went wrong
	 * @param transientFailure whether trying later may help
	 * @param maxAttempts the cap
	 * @return whether it was parked
	 */
	boolean failed(Claim claim, String error, boolean transientFailure, int maxAttempts) {
		int attempts = claim.attempts() + 1;
		boolean park = !transientFailure || attempts >= maxAttempts;
		Duration pause = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 7));
		if (pause.compareTo(LONGEST_RETRY) > 0) {
			pause = LONGEST_RETRY;
		}
		this.jdbc.update(
				"UPDATE tracker_sync SET attempts = ?, parked = ?, not_before = ?, claimed_until = NULL, last_error = ?, "
						+ "updated_at = ? WHERE follow_up_id = ?",
				attempts, park, Timestamp.from(this.clock.instant().plus(pause)), cut(error), now(),
				claim.followUpId());
		return park;
	}

	/**
	 * Parked rows, for admins.
	 * @return the follow-up ids with their errors, oldest first
	 */
	public List<Parked> parked() {
		return this.jdbc.query(
				"SELECT follow_up_id, attempts, last_error, updated_at FROM tracker_sync WHERE parked = TRUE "
						+ "ORDER BY updated_at, follow_up_id",
				(rs, n) -> new Parked(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getTimestamp(4).toInstant()));
	}

	/**
	 * How many syncs are parked, for the admins' count.
	 * @return the count
	 */
	public int countParked() {
		Integer n = this.jdbc.queryForObject("SELECT COUNT(*) FROM tracker_sync WHERE parked = TRUE", Integer.class);
		return (n != null) ? n : 0;
	}

	/**
	 * How many syncs wait (not parked).
	 * @return the count
	 */
	public int pending() {
		Integer n = this.jdbc
			.queryForObject("SELECT COUNT(*) FROM tracker_sync WHERE pending = TRUE AND parked = FALSE", Integer.class);
		return (n != null) ? n : 0;
	}

	/**
	 * Runs parked syncs again.
	 * @param followUpId one follow-up, or null for every parked one
	 * @return how many were unparked
	 */
	public int retry(@Nullable Long followUpId) {
		Timestamp now = now();
		return (followUpId == null)
				? this.jdbc
					.update("UPDATE tracker_sync SET parked = FALSE, attempts = 0, not_before = ?, updated_at = ? "
							+ "WHERE parked = TRUE", now, now)
				: this.jdbc
					.update("UPDATE tracker_sync SET parked = FALSE, attempts = 0, not_before = ?, updated_at = ? "
							+ "WHERE parked = TRUE AND follow_up_id = ?", now, now, followUpId);
	}

	/**
	 * Whether a follow-up ever had a sync queued.
	 * @param followUpId the follow-up
	 * @return true when a row exists
	 */
	boolean known(long followUpId) {
		Integer n = this.jdbc.queryForObject("SELECT COUNT(*) FROM tracker_sync WHERE follow_up_id = ?", Integer.class,
				followUpId);
		return n != null && n > 0;
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

	private static String cut(String text) {
		return (text.length() <= 500) ? text : text.substring(0, 499) + "…";
	}

	/**
	 * A run's claim on a row.
	 *
	 * @param followUpId the follow-up
	 * @param generation the change it brings the issue up to
	 * @param attempts failed runs before it
	 * @param createAttempted whether an earlier run called create
	 */
	record Claim(long followUpId, long generation, int attempts, boolean createAttempted) {

	}

	/**
	 * A sync parked for admins.
	 *
	 * @param followUpId the follow-up
	 * @param attempts how many times it was tried
	 * @param error the last error
	 * @param since when it was parked
	 */
	public record Parked(long followUpId, int attempts, @Nullable String error, Instant since) {

	}

}
