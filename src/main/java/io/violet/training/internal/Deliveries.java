package io.violet.training.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-recipient message rows. Fan-outs become rows first, in the transaction that decides
 * them; a worker sends them in small batches, so a restart resumes where it stopped and
 * the unique key keeps every message from existing twice.
 */
@Service
public class Deliveries {

	/**
	 * A claim older than this is considered abandoned (its node died mid-send).
	 */
	static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final DeliveryStarter starter;

	Deliveries(JdbcTemplate jdbc, Clock clock, DeliveryStarter starter) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.starter = starter;
	}

	/**
	 * Queues one message per user; a message queued before (same key) is left alone.
	 * @param kind the message
	 * @param sessionId the session, or null
	 * @param users the recipients
	 * @param scope what makes the key unique besides kind and user, e.g. {@code S-12}
	 * @return how many rows were new
	 */
	@Transactional
	public int queue(DeliveryKind kind, @Nullable Long sessionId, Collection<String> users, String scope) {
		if (users.isEmpty()) {
			return 0;
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		List<Object[]> rows = new ArrayList<>(users.size());
		for (String user : users) {
			rows.add(new Object[] { kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + scope + ":" + user,
					kind.name(), sessionId, user, now });
		}
		int added = 0;
		for (int from = 0; from < rows.size(); from += 500) {
			List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + 500));
			List<Object> keys = chunk.stream().map((row) -> row[0]).toList();
			String marks = String.join(",", java.util.Collections.nCopies(keys.size(), "?"));
			Integer existing = this.jdbc.queryForObject(
					"SELECT COUNT(*) FROM training_delivery WHERE dedupe_key IN (" + marks + ")", Integer.class,
					keys.toArray());
			this.jdbc.batchUpdate(
					"INSERT IGNORE INTO training_delivery (dedupe_key, kind, session_id, user_id, status, attempts, created_at) "
							+ "VALUES (?, ?, ?, ?, 'PENDING', 0, ?)",
					chunk);
			// batch counts are not reliable with the driver's bulk protocol: count
			// instead
			Integer after = this.jdbc.queryForObject(
					"SELECT COUNT(*) FROM training_delivery WHERE dedupe_key IN (" + marks + ")", Integer.class,
					keys.toArray());
			added += ((after != null) ? after : 0) - ((existing != null) ? existing : 0);
		}
		this.starter.afterCommit();
		return added;
	}

	/**
	 * Claims up to {@code limit} messages to send: pending ones, and abandoned claims
	 * (marked uncertain, because their message may already be in Slack). Each row is
	 * claimed by one conditional update, so two workers never send the same row.
	 * @param limit the most rows
	 * @return the claimed rows
	 */
	public List<Delivery> claim(int limit) {
		Instant now = this.clock.instant();
		Timestamp abandoned = Timestamp.from(now.minus(ABANDONED_AFTER));
		List<Map<String, Object>> candidates = this.jdbc.queryForList(
				"SELECT id, status, claimed_at, channel_id, reason FROM training_delivery WHERE status = 'PENDING' "
						+ "OR (status = 'SENDING' AND claimed_at < ?) ORDER BY id LIMIT ?",
				abandoned, limit);
		List<Delivery> claimed = new ArrayList<>();
		for (Map<String, Object> candidate : candidates) {
			long id = ((Number) candidate.get("id")).longValue();
			boolean wasSending = "SENDING".equals(candidate.get("status"));
			// a message tried before in a known DM may be in Slack although its answer
			// was
			// lost (a timeout after Slack made it): the sender looks before posting again
			boolean uncertain = wasSending || (candidate.get("channel_id") != null && candidate.get("reason") != null);
			int won = wasSending ? this.jdbc.update(
					"UPDATE training_delivery SET claimed_at = ?, attempts = attempts + 1 WHERE id = ? AND status = 'SENDING' AND claimed_at = ?",
					Timestamp.from(now), id, candidate.get("claimed_at"))
					: this.jdbc.update(
							"UPDATE training_delivery SET status = 'SENDING', claimed_at = ?, attempts = attempts + 1 WHERE id = ? AND status = 'PENDING'",
							Timestamp.from(now), id);
			if (won == 1) {
				claimed.add(this.jdbc.queryForObject(
						"SELECT id, kind, session_id, user_id, channel_id, dedupe_key, attempts FROM training_delivery WHERE id = ?",
						(rs, n) -> new Delivery(rs.getLong("id"), DeliveryKind.valueOf(rs.getString("kind")),
								(Long) rs.getObject("session_id", Long.class), rs.getString("user_id"),
								rs.getString("channel_id"), uncertain, rs.getString("dedupe_key"),
								rs.getInt("attempts")),
						id));
			}
		}
		return claimed;
	}

	/**
	 * Remembers the DM channel before posting, so that a node dying mid-post leaves a
	 * place to check.
	 * @param id the row
	 * @param channelId the channel
	 */
	public void channelOpened(long id, String channelId) {
		this.jdbc.update("UPDATE training_delivery SET channel_id = ? WHERE id = ?", channelId, id);
	}

	public void sent(long id, String channelId, String ts) {
		this.jdbc.update(
				"UPDATE training_delivery SET status = 'SENT', channel_id = ?, message_ts = ?, sent_at = ?, reason = NULL WHERE id = ?",
				channelId, ts, Timestamp.from(this.clock.instant()), id);
	}

	public void failed(long id, String reason) {
		this.jdbc.update("UPDATE training_delivery SET status = 'FAILED', reason = ? WHERE id = ?",
				reason.length() > 200 ? reason.substring(0, 200) : reason, id);
	}

	/**
	 * Leaves a message for a later attempt (Slack could not be reached).
	 * @param id the row
	 * @param reason why
	 */
	public void retryLater(long id, String reason) {
		this.jdbc.update("UPDATE training_delivery SET status = 'PENDING', reason = ? WHERE id = ?",
				reason.length() > 200 ? reason.substring(0, 200) : reason, id);
	}

	/**
	 * Leaves a claimed message for later without counting the claim as an attempt: it was
	 * not tried (Slack asked to wait, or an earlier message of its batch met an outage).
	 * @param id the row
	 * @param reason why
	 */
	public void notTried(long id, String reason) {
		this.jdbc.update(
				"UPDATE training_delivery SET status = 'PENDING', attempts = GREATEST(attempts - 1, 0), reason = ? WHERE id = ?",
				reason.length() > 200 ? reason.substring(0, 200) : reason, id);
	}

	/**
	 * Queues a failed message again, as if new (an admin retried it).
	 * @param id the row
	 * @return whether it was failed and is queued now
	 */
	public boolean requeue(long id) {
		boolean queued = this.jdbc.update(
				"UPDATE training_delivery SET status = 'PENDING', attempts = 0, reason = 'queued again by an admin' "
						+ "WHERE id = ? AND status = 'FAILED'",
				id) == 1;
		if (queued) {
			this.starter.afterCommit();
		}
		return queued;
	}

	/**
	 * What a message is and how it stands, e.g. for the admins' list of parked work.
	 * @param id the row
	 * @return the row, empty when there is none
	 */
	public java.util.Optional<Row> find(long id) {
		return this.jdbc
			.query("SELECT kind, session_id, user_id, status, reason FROM training_delivery WHERE id = ?",
					(rs, n) -> new Row(id, DeliveryKind.valueOf(rs.getString("kind")),
							(Long) rs.getObject("session_id", Long.class), rs.getString("user_id"),
							rs.getString("status"), rs.getString("reason")),
					id)
			.stream()
			.findFirst();
	}

	/**
	 * Drops a message that no longer makes sense (the session was cancelled or started).
	 * @param id the row
	 * @param reason why
	 */
	public void skipped(long id, String reason) {
		this.jdbc.update("UPDATE training_delivery SET status = 'SKIPPED', reason = ? WHERE id = ?", reason, id);
	}

	/**
	 * Skips every message about a session not yet sent.
	 * @param sessionId the session
	 * @param reason why
	 * @return how many were skipped
	 */
	@Transactional
	public int skipPending(long sessionId, String reason) {
		return this.jdbc.update(
				"UPDATE training_delivery SET status = 'SKIPPED', reason = ? WHERE session_id = ? AND status = 'PENDING'",
				reason, sessionId);
	}

	public boolean anyPending() {
		Integer n = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM training_delivery WHERE status = 'PENDING' OR (status = 'SENDING' AND claimed_at < ?)",
				Integer.class, Timestamp.from(this.clock.instant().minus(ABANDONED_AFTER)));
		return n != null && n > 0;
	}

	/**
	 * Where a sent message of a kind about a session landed for a user.
	 * @param sessionId the session
	 * @param userId the user
	 * @param kind the kind
	 * @return channel and ts, or null when not sent
	 */
	public @Nullable SentMessage sentMessage(long sessionId, String userId, DeliveryKind kind) {
		List<SentMessage> found = this.jdbc.query(
				"SELECT channel_id, message_ts FROM training_delivery WHERE session_id = ? AND user_id = ? AND kind = ? AND status = 'SENT'",
				(rs, n) -> new SentMessage(rs.getString(1), rs.getString(2)), sessionId, userId, kind.name());
		return found.isEmpty() ? null : found.get(0);
	}

	/**
	 * How the deliveries of a session stand, by kind and status.
	 * @param sessionId the session
	 * @return counts
	 */
	public List<Count> counts(long sessionId) {
		return this.jdbc.query(
				"SELECT kind, status, COUNT(*) FROM training_delivery WHERE session_id = ? GROUP BY kind, status",
				(rs, n) -> new Count(DeliveryKind.valueOf(rs.getString(1)), rs.getString(2), rs.getInt(3)), sessionId);
	}

	/**
	 * Failed deliveries of a session with their reasons.
	 * @param sessionId the session
	 * @return user and reason
	 */
	public List<Failure> failures(long sessionId) {
		return this.jdbc.query(
				"SELECT user_id, kind, reason FROM training_delivery WHERE session_id = ? AND status = 'FAILED' ORDER BY id",
				(rs, n) -> new Failure(rs.getString(1), DeliveryKind.valueOf(rs.getString(2)), rs.getString(3)),
				sessionId);
	}

	/**
	 * Where a message landed.
	 *
	 * @param channelId the channel
	 * @param ts the ts
	 */
	public record SentMessage(String channelId, String ts) {

	}

	/**
	 * A count of deliveries.
	 *
	 * @param kind the kind
	 * @param status PENDING, SENDING, SENT, FAILED or SKIPPED
	 * @param count how many
	 */
	public record Count(DeliveryKind kind, String status, int count) {

	}

	/**
	 * A message row as it stands.
	 *
	 * @param id the row
	 * @param kind the kind
	 * @param sessionId the session, if any
	 * @param userId the recipient
	 * @param status PENDING, SENDING, SENT, FAILED or SKIPPED
	 * @param reason Slack's error or why it was skipped
	 */
	public record Row(long id, DeliveryKind kind, @Nullable Long sessionId, String userId, String status,
			@Nullable String reason) {

	}

	/**
	 * A failed delivery.
	 *
	 * @param userId the recipient
	 * @param kind the kind
	 * @param reason Slack's error
	 */
	public record Failure(String userId, DeliveryKind kind, String reason) {

	}

}
