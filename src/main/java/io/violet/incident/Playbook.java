package io.violet.incident;

import java.util.List;

import io.violet.directory.Role;

/**
 * What to do and whom to bring for one incident type, read from
 * {@code playbooks/<type>.yml}.
 *
 * @param type the type
 * @param atlas MITRE ATLAS references
 * @param owasp OWASP references
 * @param invite roles invited besides everyone's
 * @param inviteWhenEmployment roles invited when the initiative is an employment use
 * @param scenario the drill scenario prompt
 * @param steps the checklist, common phases with the type's own steps
 * @param sources where the content comes from
 */
public record Playbook(IncidentType type, List<Reference> atlas, List<Reference> owasp, List<Role> invite,
		List<Role> inviteWhenEmployment, String scenario, List<Step> steps, List<String> sources) {

	/**
	 * An ATLAS technique or OWASP entry.
	 *
	 * @param id e.g. {@code AML.T0051} or {@code LLM01}
	 * @param name its name
	 */
	public record Reference(String id, String name) {

	}

	/**
	 * One checklist step.
	 *
	 * @param phase the phase title
	 * @param text what to do
	 * @param refs reference ids
	 */
	public record Step(String phase, String text, List<String> refs) {

	}

}
