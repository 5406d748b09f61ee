package io.violet.training.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.violet.training.Rsvp;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Invitations and answers, kept with plain JDBC because fan-outs reach thousands of rows.
 */
@Repository
public class Invitations {

	private final JdbcTemplate jdbc;

	public Invitations(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public int invite(long sessionId, Collection<String> users) {
		List<Object[]> rows = new ArrayList<>();
		users.forEach((u) -> rows.add(new Object[] { sessionId, u }));
		int added = 0;
		for (int[] batch : this.jdbc.batchUpdate(
				"INSERT IGNORE INTO training_invitation (session_id, user_id, rsvp) VALUES (?, ?, 'PENDING')", rows,
				500, (ps, row) -> {
					ps.setLong(1, (Long) row[0]);
					ps.setString(2, (String) row[1]);
				})) {
			for (int n : batch) {
				added += (n != 0) ? 1 : 0;
			}
		}
		return added;
	}

	public Optional<Rsvp> rsvpOf(long sessionId, String userId) {
		return this.jdbc
			.queryForList("SELECT rsvp FROM training_invitation WHERE session_id = ? AND user_id = ?", String.class,
					sessionId, userId)
			.stream()
			.findFirst()
			.map(Rsvp::valueOf);
	}

	public boolean answer(long sessionId, String userId, Rsvp rsvp, Instant at) {
		return this.jdbc.update(
				"UPDATE training_invitation SET rsvp = ?, answered_at = ? WHERE session_id = ? AND user_id = ? AND rsvp <> ?",
				rsvp.name(), Timestamp.from(at), sessionId, userId, rsvp.name()) == 1;
	}

	public List<Invitee> of(long sessionId) {
		return this.jdbc.query("SELECT user_id, rsvp FROM training_invitation WHERE session_id = ? ORDER BY id",
				(rs, n) -> new Invitee(rs.getString(1), Rsvp.valueOf(rs.getString(2))), sessionId);
	}

	public List<Long> sessionsOf(String userId) {
		return this.jdbc.queryForList("SELECT session_id FROM training_invitation WHERE user_id = ?", Long.class,
				userId);
	}

	public void copy(long fromSession, long toSession) {
		this.jdbc.update(
				"INSERT IGNORE INTO training_invitation (session_id, user_id, rsvp) "
						+ "SELECT ?, user_id, 'PENDING' FROM training_invitation WHERE session_id = ?",
				toSession, fromSession);
	}

	/**
	 * An invitee and their answer.
	 *
	 * @param userId the user
	 * @param rsvp the answer
	 */
	public record Invitee(String userId, Rsvp rsvp) {

	}

}
