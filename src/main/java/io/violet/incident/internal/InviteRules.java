package io.violet.incident.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.directory.RoleHolders;
import io.violet.incident.Incident;
import io.violet.incident.Playbook;

import org.springframework.stereotype.Component;

/**
 * Who belongs in a war room, after the table in {@code CONTENT.md}: everyone's roles, the
 * type's roles (from its playbook), privacy and legal for personal data, comms for sev1
 * and sev2 (not in drills), hr for harmful output of an employment use.
 */
@Component
class InviteRules {

	private final Directory directory;

	private final Playbooks playbooks;

	InviteRules(Directory directory, Playbooks playbooks) {
		this.directory = directory;
		this.playbooks = playbooks;
	}

	/**
	 * The people an incident needs, each with why.
	 * @param incident the incident
	 * @param initiativeOwner the affected initiative's owner, or null
	 * @param employment whether the initiative is an employment use
	 * @return user id → reason, the reporter first
	 */
	Map<String, String> required(Incident incident, String initiativeOwner, boolean employment) {
		return required(incident, initiativeOwner, employment, this.directory.all());
	}

	/**
	 * The people an incident needs, from role holders already read.
	 * @param incident the incident
	 * @param initiativeOwner the affected initiative's owner, or null
	 * @param employment whether the initiative is an employment use
	 * @param holders every role's holders, as {@link Directory#all()} gives them
	 * @return user id → reason, the reporter first
	 */
	Map<String, String> required(Incident incident, String initiativeOwner, boolean employment,
			Map<Role, RoleHolders> holders) {
		Map<String, String> people = new LinkedHashMap<>();
		people.put(incident.reporter(), "reporter");
		addRole(people, Role.INCIDENT_COMMANDER, holders);
		addRole(people, Role.SECURITY_ARCHITECT, holders);
		addRole(people, Role.THREAT_ANALYST, holders);
		if (initiativeOwner != null && !initiativeOwner.isBlank()) {
			people.putIfAbsent(initiativeOwner, "initiative owner");
		}
		Playbook playbook = this.playbooks.of(incident.type());
		playbook.invite().forEach((role) -> addRole(people, role, holders));
		if (employment) {
			playbook.inviteWhenEmployment().forEach((role) -> addRole(people, role, holders));
		}
		if (incident.personalData()) {
			addRole(people, Role.PRIVACY, holders);
			addRole(people, Role.LEGAL, holders);
		}
		if (incident.severity().major() && !incident.drill()) {
			addRole(people, Role.COMMS, holders);
		}
		return people;
	}

	private static void addRole(Map<String, String> people, Role role, Map<Role, RoleHolders> holders) {
		holders.get(role).owners().forEach((user) -> people.putIfAbsent(user, role.key()));
	}

}
