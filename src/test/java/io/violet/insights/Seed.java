package io.violet.insights;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Seeds the other modules' tables directly, as bulk data would be: reviews, sign-offs,
 * reminders, incidents with timelines and checklists, training records. Times are written
 * as UTC wall-clock times, as Hibernate writes them.
 */
final class Seed {

	private final JdbcTemplate jdbc;

	Seed(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void clear() {
		for (String table : new String[] { "follow_up_reminder", "follow_up", "review_reminder", "review_signoff",
				"review", "incident_timeline_entry", "incident_checklist_item", "incident_member", "incident_clock",
				"incident", "training_completion", "training_requirement", "training_roster", "role_member",
				"insights_digest" }) {
			this.jdbc.update("DELETE FROM " + table);
		}
	}

	static LocalDateTime utc(@Nullable Instant at) {
		return (at != null) ? LocalDateTime.ofInstant(at, ZoneOffset.UTC) : null;
	}

	long review(String initiative, String kind, Instant requestedAt, Instant dueAt, @Nullable Instant approvedAt) {
		return insert(
				"INSERT INTO review (initiative_key, kind, reason, state, requested_by, requested_at, nudge_at, "
						+ "due_at, approved_at) VALUES (?, ?, 'seeded', ?, 'violet', ?, ?, ?, ?)",
				initiative, kind, (approvedAt != null) ? "APPROVED" : "OPEN", utc(requestedAt), utc(dueAt), utc(dueAt),
				utc(approvedAt));
	}

	void signoff(long review, String role, String state, @Nullable Instant decidedAt, @Nullable String decidedBy) {
		this.jdbc.update(
				"INSERT INTO review_signoff (review_id, role_key, state, decided_by, decided_at) VALUES (?, ?, ?, ?, ?)",
				review, role, state, decidedBy, utc(decidedAt));
	}

	void reminder(long review, String kind, String recipient, Instant at) {
		this.jdbc.update("INSERT INTO review_reminder (review_id, kind, recipient, queued_at) VALUES (?, ?, ?, ?)",
				review, kind, recipient, utc(at));
	}

	long incident(String type, String severity, boolean privateRoom, boolean drill, String title, String reporter,
			@Nullable String commander, Instant declaredAt, @Nullable Instant containedAt, @Nullable Instant resolvedAt,
			@Nullable Instant closedAt) {
		String status = (resolvedAt != null) ? "RESOLVED" : (containedAt != null) ? "CONTAINED" : "INVESTIGATING";
		long id = insert("INSERT INTO incident (type_key, severity, status, title, private_room, personal_data, drill, "
				+ "initiative_high_risk, reporter, commander, declared_at, aware_at, contained_at, resolved_at, closed_at, "
				+ "archived, channel_attempts, channel_id, setup_step, status_reminders_due, status_reminders_sent, "
				+ "postmortem_uploaded) VALUES (?, ?, ?, ?, ?, FALSE, ?, FALSE, ?, ?, ?, ?, ?, ?, ?, FALSE, 1, "
				+ "?, 'DONE', 0, 0, FALSE)", type, severity, status, title, privateRoom, drill, reporter, commander,
				utc(declaredAt), utc(declaredAt), utc(containedAt), utc(resolvedAt), utc(closedAt),
				"CROOM" + System.nanoTime());
		timeline(id, declaredAt.plusMillis(100), reporter, (drill ? "Drill opened: " : "Declared: ") + title);
		return id;
	}

	void timeline(long incident, Instant at, String actor, String text) {
		this.jdbc.update(
				"INSERT INTO incident_timeline_entry (incident_id, occurred_at, actor, text) VALUES (?, ?, ?, ?)",
				incident, utc(at), actor, text);
	}

	void item(long incident, int position, String phase, @Nullable Instant doneAt, @Nullable String doneBy) {
		this.jdbc.update(
				"INSERT INTO incident_checklist_item (incident_id, position, phase, text, refs, done_by, "
						+ "done_at) VALUES (?, ?, ?, 'step', '', ?, ?)",
				incident, position, phase, doneBy, utc(doneAt));
	}

	void followUp(String owner, boolean done, java.time.@Nullable LocalDate due) {
		this.jdbc.update("INSERT INTO follow_up (text, owner_id, severity, due_on, done, source, source_key, "
				+ "private_incident, created_by, created_at, assigned_at, version) VALUES ('seeded', ?, 'MEDIUM', ?, ?, "
				+ "'MANUAL', ?, FALSE, 'violet', ?, ?, 0)", owner, (due != null) ? java.sql.Date.valueOf(due) : null,
				done, "seed:" + System.nanoTime(), utc(Instant.now()), utc(Instant.now()));
	}

	void roster(String user) {
		this.jdbc.update("INSERT INTO training_roster (user_id, refreshed_at) VALUES (?, ?)", user,
				Timestamp.from(Instant.now()));
	}

	void completion(String user, String topic, Instant at) {
		this.jdbc.update(
				"INSERT INTO training_completion (session_id, topic_key, title, user_id, completed_at, "
						+ "recorded_by, how) VALUES (?, ?, ?, ?, ?, 'violet', 'SELF')",
				System.nanoTime() % 1_000_000_000L, topic, topic, user, Timestamp.from(at));
	}

	private long insert(String sql, Object... args) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			var statement = connection.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS);
			for (int i = 0; i < args.length; i++) {
				statement.setObject(i + 1, args[i]);
			}
			return statement;
		}, keys);
		return keys.getKey().longValue();
	}

}
