package io.violet.incident.internal;

import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.incident.Incident;

import org.springframework.stereotype.Component;

/**
 * Who may do what to an incident.
 */
@Component
public class IncidentPermissions {

	private final Directory directory;

	private final RoomMembership membership;

	IncidentPermissions(Directory directory, RoomMembership membership) {
		this.directory = directory;
		this.membership = membership;
	}

	/**
	 * Who may change status, severity and roles, resolve, close and reopen: the
	 * commander, security-architect owners and admins.
	 * @param incident the incident
	 * @param user the user
	 * @return whether they may
	 */
	public boolean mayManage(Incident incident, String user) {
		return incident.commander().map(user::equals).orElse(false)
				|| this.directory.holders(Role.SECURITY_ARCHITECT).owners().contains(user)
				|| this.directory.isAdmin(user);
	}

	/**
	 * Who may settle the regulatory clocks and move the "became aware at" time: those who
	 * manage the incident, and legal.
	 */
	boolean mayDecideClock(Incident incident, String user) {
		return mayManage(incident, user) || this.directory.holders(Role.LEGAL).everyone().contains(user);
	}

	/**
	 * Whether someone may act on a war room's own messages: anyone for a room the whole
	 * workspace can read, only its members for a private one.
	 */
	boolean fromTheRoom(Incident incident, String user) {
		return !incident.privateRoom() || this.membership.inRoom(incident.id(), user);
	}

}
