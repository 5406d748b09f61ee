package io.violet.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import io.violet.directory.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Reviews as facts with their times, for figures over many of them (turnaround, overdue
 * counts, who gets asked). Each list is one query reading plain columns, so thousands of
 * reviews cost one round trip and no entities.
 */
@Service
public class ReviewTimings {

	private final JdbcTemplate jdbc;

	ReviewTimings(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Reviews still open, and reviews approved since a moment.
	 * @param since the earliest approval to include
	 * @return the reviews, by id
	 */
	public List<ReviewTiming> openOrApprovedSince(Instant since) {
		return this.jdbc.query(
				"SELECT id, initiative_key, kind, requested_at, due_at, approved_at FROM review "
						+ "WHERE state = 'OPEN' OR approved_at >= ? ORDER BY id",
				(rs, row) -> new ReviewTiming(rs.getLong(1), rs.getString(2), ReviewKind.valueOf(rs.getString(3)),
						at(rs, 4), at(rs, 5), atOrNull(rs, 6)),
				utc(since));
	}

	/**
	 * Sign-offs still pending on open reviews, and sign-offs decided since a moment.
	 * @param since the earliest decision to include
	 * @return the sign-offs, by review
	 */
	public List<SignoffTiming> pendingOrDecidedSince(Instant since) {
		return this.jdbc.query("SELECT s.review_id, r.kind, s.role_key, s.state, r.requested_at, r.due_at, "
				+ "s.decided_at, s.decided_by, r.state FROM review_signoff s JOIN review r ON r.id = s.review_id "
				+ "WHERE (r.state = 'OPEN' AND s.state = 'PENDING') OR s.decided_at >= ? ORDER BY s.review_id, s.id",
				(rs, row) -> new SignoffTiming(rs.getLong(1), ReviewKind.valueOf(rs.getString(2)),
						Role.fromKey(rs.getString(3)).orElseThrow(), SignoffTiming.Decision.valueOf(rs.getString(4)),
						at(rs, 5), at(rs, 6), atOrNull(rs, 7), rs.getString(8), "OPEN".equals(rs.getString(9))),
				utc(since));
	}

	/**
	 * Nudges and escalations sent since a moment.
	 * @param since the earliest to include
	 * @return the reminders, oldest first
	 */
	public List<ReviewAsk> asksSince(Instant since) {
		return this.jdbc.query(
				"SELECT m.review_id, m.kind, m.recipient, m.queued_at, GROUP_CONCAT(s.role_key) "
						+ "FROM review_reminder m JOIN review_signoff s ON s.review_id = m.review_id "
						+ "WHERE m.queued_at >= ? AND m.kind IN ('NUDGE', 'ESCALATION') "
						+ "GROUP BY m.id, m.review_id, m.kind, m.recipient, m.queued_at ORDER BY m.queued_at, m.id",
				(rs, row) -> new ReviewAsk(rs.getLong(1), ReviewAsk.Kind.valueOf(rs.getString(2)), rs.getString(3),
						at(rs, 4),
						Arrays.stream(rs.getString(5).split(",")).flatMap((k) -> Role.fromKey(k).stream()).toList()),
				utc(since));
	}

	// the entities' times are stored as UTC wall-clock times (hibernate.jdbc.time_zone)
	private static LocalDateTime utc(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant at(ResultSet rs, int column) throws SQLException {
		Instant at = atOrNull(rs, column);
		if (at == null) {
			throw new SQLException("Column " + column + " is null");
		}
		return at;
	}

	private static @Nullable Instant atOrNull(ResultSet rs, int column) throws SQLException {
		LocalDateTime local = rs.getObject(column, LocalDateTime.class);
		return (local != null) ? local.toInstant(ZoneOffset.UTC) : null;
	}

}
