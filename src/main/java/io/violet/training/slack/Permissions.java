package io.violet.training.slack;

import java.util.Set;

import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.training.Session;
import io.violet.training.SessionKind;

import org.springframework.stereotype.Component;

/**
 * Who may do what with trainings (DESIGN.md, "Who may do what").
 */
@Component
class Permissions {

	private final Directory directory;

	Permissions(Directory directory) {
		this.directory = directory;
	}

	boolean maySchedule(String userId, SessionKind kind) {
		Set<Role> roles = (kind == SessionKind.DRILL) ? Set.of(Role.HR, Role.INCIDENT_COMMANDER) : Set.of(Role.HR);
		return this.directory.holdsAny(userId, roles) || this.directory.isAdmin(userId);
	}

	static String whoMaySchedule(SessionKind kind) {
		return (kind == SessionKind.DRILL) ? "hr and incident-commander owners and Violet admins"
				: "hr owners and Violet admins";
	}

	boolean mayCancel(String userId, Session session) {
		return session.organiser().equals(userId) || maySchedule(userId, session.kind());
	}

	boolean mayMarkAttendance(String userId, Session session) {
		return session.organiser().equals(userId) || this.directory.holdsAny(userId, Set.of(Role.HR))
				|| this.directory.isAdmin(userId);
	}

	boolean maySeeOthers(String userId) {
		return this.directory.holdsAny(userId, Set.of(Role.HR, Role.COMPLIANCE)) || this.directory.isAdmin(userId);
	}

	boolean isAdmin(String userId) {
		return this.directory.isAdmin(userId);
	}

}
