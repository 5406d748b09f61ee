package io.violet.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Incidents and drills as facts with their times, for figures over many of them. Each
 * list is one aggregate query (first responses and phase times are computed by the
 * database), so hundreds of incidents cost one round trip and no entities.
 */
@Service
public class IncidentTimings {

	// the commander's first action: their earliest timeline entry after the declaration
	// entry (the incident's first), or the earliest checklist item they ticked
	private static final String INCIDENTS = "SELECT i.id, i.type_key, i.severity, i.status, i.private_room, "
			+ "i.declared_at, LEAST(COALESCE(t.first_at, c.first_at), COALESCE(c.first_at, t.first_at)), "
			+ "i.contained_at, i.resolved_at, i.closed_at FROM incident i "
			+ "LEFT JOIN (SELECT e.incident_id, MIN(e.occurred_at) AS first_at FROM incident_timeline_entry e "
			+ "JOIN incident x ON x.id = e.incident_id AND e.actor = x.commander "
			+ "WHERE x.drill = FALSE AND (x.declared_at >= ? OR x.closed_at IS NULL) "
			+ "AND e.id > (SELECT MIN(d.id) FROM incident_timeline_entry d WHERE d.incident_id = e.incident_id) "
			+ "GROUP BY e.incident_id) t ON t.incident_id = i.id "
			+ "LEFT JOIN (SELECT k.incident_id, MIN(k.done_at) AS first_at FROM incident_checklist_item k "
			+ "JOIN incident y ON y.id = k.incident_id AND k.done_by = y.commander "
			+ "WHERE y.drill = FALSE AND (y.declared_at >= ? OR y.closed_at IS NULL) "
			+ "GROUP BY k.incident_id) c ON c.incident_id = i.id "
			+ "WHERE i.drill = FALSE AND (i.declared_at >= ? OR i.closed_at IS NULL) ORDER BY i.id";

	private static final String DRILL_PHASES = "SELECT i.id, i.type_key, i.declared_at, k.phase, MIN(k.position), "
			+ "COUNT(*), COUNT(k.done_at), MAX(k.done_at) FROM incident i "
			+ "JOIN incident_checklist_item k ON k.incident_id = i.id WHERE i.drill = TRUE AND i.declared_at >= ? "
			+ "GROUP BY i.id, i.type_key, i.declared_at, k.phase ORDER BY i.id, MIN(k.position)";

	private final JdbcTemplate jdbc;

	IncidentTimings(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Real incidents (drills left out) declared since a moment, and every one still open.
	 * @param since the earliest declaration to include
	 * @return the incidents, by number
	 */
	public List<IncidentTiming> declaredSinceOrOpen(Instant since) {
		LocalDateTime from = utc(since);
		return this.jdbc.query(INCIDENTS,
				(rs, row) -> new IncidentTiming(rs.getLong(1), IncidentType.fromKey(rs.getString(2)).orElseThrow(),
						Severity.valueOf(rs.getString(3)), IncidentStatus.valueOf(rs.getString(4)), rs.getBoolean(5),
						at(rs, 6), atOrNull(rs, 7), atOrNull(rs, 8), atOrNull(rs, 9), atOrNull(rs, 10)),
				from, from, from);
	}

	/**
	 * The checklist phases of every drill opened since a moment.
	 * @param since the earliest drill start to include
	 * @return per drill, its phases in checklist order
	 */
	public List<DrillPhaseTiming> drillPhasesSince(Instant since) {
		return this.jdbc.query(DRILL_PHASES,
				(rs, row) -> new DrillPhaseTiming(rs.getLong(1), IncidentType.fromKey(rs.getString(2)).orElseThrow(),
						at(rs, 3), rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), atOrNull(rs, 8)),
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
