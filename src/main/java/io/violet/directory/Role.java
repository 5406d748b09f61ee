package io.violet.directory;

import java.util.Optional;

import io.violet.Keyed;

/**
 * The violet team's roles, by their keys.
 */
public enum Role implements Keyed {

	ML_ENGINEER("ml-engineer", "ML engineer"),

	DATA_SCIENTIST("data-scientist", "Data scientist"),

	ML_ARCHITECT("ml-architect", "ML architect"),

	SECURITY_ARCHITECT("security-architect", "Security architect"),

	THREAT_ANALYST("threat-analyst", "Threat analyst"),

	UX_DESIGNER("ux-designer", "UX designer"),

	SME("sme", "Subject-matter expert"),

	LEGAL("legal", "Legal"),

	COMPLIANCE("compliance", "Compliance"),

	PRIVACY("privacy", "Privacy"),

	HR("hr", "HR"),

	PROCUREMENT("procurement", "Procurement"),

	ETHICS("ethics", "Ethics"),

	COMMS("comms", "Communications"),

	INCIDENT_COMMANDER("incident-commander", "Incident commander"),

	AI_OPERATOR("ai-operator", "AI operator");

	private final String key;

	private final String title;

	Role(String key, String title) {
		this.key = key;
		this.title = title;
	}

	@Override
	public String key() {
		return this.key;
	}

	public String title() {
		return this.title;
	}

	/**
	 * The role with a key, ignoring case.
	 * @param key e.g. {@code legal}
	 * @return the role, or empty
	 */
	public static Optional<Role> fromKey(String key) {
		return Keyed.fromKey(Role.class, key);
	}

	/**
	 * Every key, for messages that list them.
	 * @return the keys separated by spaces
	 */
	public static String allKeys() {
		return Keyed.allKeys(Role.class, " ");
	}

}
