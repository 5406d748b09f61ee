package io.violet.incident.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.violet.incident.Playbook;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes a new incident's checklist and invitees each as one multi-row insert, inside the
 * declaring transaction: a declaration is on the path of every report, and fifteen single
 * inserts (the entities' keys come from the database, so JPA cannot batch them) cost the
 * database and the pool more than the rest of it.
 */
@Repository
class WarRoomRecords {

	private final JdbcTemplate jdbc;

	WarRoomRecords(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a checklist, its steps in order and none of them done.
	 * @param incidentId the incident
	 * @param steps the playbook's steps
	 */
	void checklist(long incidentId, List<Playbook.Step> steps) {
		if (steps.isEmpty()) {
			return;
		}
		List<Object> args = new ArrayList<>(steps.size() * 5);
		int position = 0;
		for (Playbook.Step step : steps) {
			args.add(incidentId);
			args.add(position++);
			args.add(step.phase());
			args.add(step.text());
			args.add(String.join(" ", step.refs()));
		}
		this.jdbc.update("INSERT INTO incident_checklist_item (incident_id, position, phase, text, refs) VALUES "
				+ String.join(", ", Collections.nCopies(steps.size(), "(?, ?, ?, ?, ?)")), args.toArray());
	}

	/**
	 * Stores the people to invite, in order, none asked yet.
	 * @param incidentId the incident
	 * @param people user id → why they are needed
	 */
	void pendingMembers(long incidentId, Map<String, String> people) {
		if (people.isEmpty()) {
			return;
		}
		List<Object> args = new ArrayList<>(people.size() * 4);
		people.forEach((user, reason) -> {
			args.add(incidentId);
			args.add(user);
			args.add(reason);
			args.add(IncidentMember.Invite.PENDING.name());
		});
		this.jdbc.update("INSERT INTO incident_member (incident_id, user_id, reason, invite) VALUES "
				+ String.join(", ", Collections.nCopies(people.size(), "(?, ?, ?, ?)")), args.toArray());
	}

	/**
	 * Records that people still pending were asked into the room, and so are in it.
	 * @param incidentId the incident
	 * @param users those asked; others pending stay so
	 * @param at when Slack confirmed it
	 */
	void invited(long incidentId, Collection<String> users, Instant at) {
		if (users.isEmpty()) {
			return;
		}
		List<Object> args = new ArrayList<>(users.size() + 4);
		args.add(IncidentMember.Invite.INVITED.name());
		args.add(Timestamp.from(at));
		args.add(incidentId);
		args.add(IncidentMember.Invite.PENDING.name());
		args.addAll(users);
		this.jdbc.update("UPDATE incident_member SET invite = ?, problem = NULL, in_room = TRUE, room_changed_at = ? "
				+ "WHERE incident_id = ? AND invite = ? AND user_id IN ("
				+ String.join(", ", Collections.nCopies(users.size(), "?")) + ")", args.toArray());
	}

	/**
	 * Records that Slack would not let someone pending into the room.
	 * @param incidentId the incident
	 * @param user the user
	 * @param problem Slack's reason
	 */
	void notInvited(long incidentId, String user, String problem) {
		// a failed invitation grants nothing: in_room stays as Slack last said
		this.jdbc.update(
				"UPDATE incident_member SET invite = ?, problem = ? WHERE incident_id = ? AND user_id = ? AND invite = ?",
				IncidentMember.Invite.FAILED.name(), problem, incidentId, user, IncidentMember.Invite.PENDING.name());
	}

}
