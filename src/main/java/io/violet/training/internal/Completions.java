package io.violet.training.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.violet.audit.AuditTrail;
import io.violet.training.RsvpRecorded;
import io.violet.training.Session;
import io.violet.training.TrainingSessions;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who completed what: attendance marked by the organiser and "I completed this".
 */
@Service
public class Completions {

	private final JdbcTemplate jdbc;

	private final TrainingSessions sessions;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Completions(JdbcTemplate jdbc, TrainingSessions sessions, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.sessions = sessions;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records that someone completed a session they were invited to.
	 * @param sessionId the session
	 * @param userId who
	 * @return what happened
	 */
	@Transactional
	public Outcome completeSelf(long sessionId, String userId) {
		Optional<Session> session = this.sessions.find(sessionId);
		if (session.isEmpty() || session.get().cancelled()) {
			return Outcome.NO_SESSION;
		}
		if (session.get().startsAt().isAfter(this.clock.instant())) {
			return Outcome.NOT_STARTED;
		}
		if (this.sessions.rsvpOf(sessionId, userId).isEmpty()) {
			return Outcome.NOT_INVITED;
		}
		return record(session.get(), userId, userId, "SELF") ? Outcome.RECORDED : Outcome.ALREADY;
	}

	/**
	 * Records the attendance an organiser marked.
	 * @param sessionId the session
	 * @param users who attended
	 * @param by the organiser (permission checked by the caller)
	 * @return how many completions were new
	 */
	@Transactional
	public int markAttendance(long sessionId, List<String> users, String by) {
		Session session = this.sessions.find(sessionId).orElseThrow();
		int added = 0;
		for (String user : users) {
			added += record(session, user, by, "ATTENDANCE") ? 1 : 0;
		}
		return added;
	}

	private boolean record(Session session, String userId, String by, String how) {
		Instant at = this.clock.instant();
		int n = this.jdbc.update(
				"INSERT IGNORE INTO training_completion (session_id, topic_key, title, user_id, completed_at, recorded_by, how) "
						+ "VALUES (?, ?, ?, ?, ?, ?, ?)",
				session.id(), session.topicKey(), session.title(), userId, Timestamp.from(at), by, how);
		if (n == 0) {
			return false;
		}
		this.audit.record(by, "training.completed", "session:" + session.key(),
				"user " + userId + " completed "
						+ (session.topicKey() != null ? session.topicKey() : "\"" + session.title() + "\"") + " ("
						+ how.toLowerCase() + ")");
		this.events.publishEvent(new RsvpRecorded(session.id(), userId));
		return true;
	}

	@Transactional(readOnly = true)
	public boolean completed(long sessionId, String userId) {
		Integer n = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM training_completion WHERE session_id = ? AND user_id = ?", Integer.class,
				sessionId, userId);
		return n != null && n > 0;
	}

	/**
	 * Every completion, for the evidence export.
	 * @return completions, by user then time
	 */
	@Transactional(readOnly = true)
	public List<Completion> all() {
		return this.jdbc.query(
				"SELECT user_id, topic_key, title, session_id, completed_at, recorded_by, how FROM training_completion ORDER BY user_id, completed_at, id",
				(rs, n) -> new Completion(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
						rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7)));
	}

	/**
	 * A user's latest completion of each topic.
	 * @param userId the user
	 * @return completions
	 */
	@Transactional(readOnly = true)
	public List<Completion> of(String userId) {
		return this.jdbc.query(
				"SELECT user_id, topic_key, title, session_id, completed_at, recorded_by, how FROM training_completion WHERE user_id = ? ORDER BY completed_at DESC",
				(rs, n) -> new Completion(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
						rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7)),
				userId);
	}

	/**
	 * One completion.
	 *
	 * @param userId who
	 * @param topicKey the topic, null for a workshop outside the catalog
	 * @param title the session's title
	 * @param sessionId the session
	 * @param completedAt when recorded
	 * @param recordedBy who recorded it
	 * @param how {@code ATTENDANCE} or {@code SELF}
	 */
	public record Completion(String userId, @org.jspecify.annotations.Nullable String topicKey, String title,
			long sessionId, Instant completedAt, String recordedBy, String how) {

	}

	/**
	 * What recording a completion did.
	 */
	public enum Outcome {

		RECORDED, ALREADY, NOT_STARTED, NOT_INVITED, NO_SESSION

	}

}
