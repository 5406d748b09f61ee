package io.violet.teaming;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.violet.directory.Role;

/**
 * The six viewpoints of a violet team, each answered by the owner of one of its roles.
 * The order is the card's and the summary's.
 */
public enum Lens {

	ML("ml", "ML", List.of(Role.ML_ENGINEER, Role.DATA_SCIENTIST, Role.ML_ARCHITECT)),

	SECURITY("security", "Security", List.of(Role.SECURITY_ARCHITECT, Role.THREAT_ANALYST)),

	PRIVACY("privacy", "Privacy", List.of(Role.PRIVACY)),

	/** HR joins the ethics lens for employment uses. */
	ETHICS("ethics", "Ethics", List.of(Role.ETHICS, Role.HR)),

	UX("ux", "UX and business", List.of(Role.UX_DESIGNER, Role.SME)),

	LEGAL("legal", "Legal and compliance", List.of(Role.LEGAL, Role.COMPLIANCE, Role.PROCUREMENT));

	private final String key;

	private final String title;

	private final List<Role> roles;

	Lens(String key, String title, List<Role> roles) {
		this.key = key;
		this.title = title;
		this.roles = roles;
	}

	public String key() {
		return this.key;
	}

	public String title() {
		return this.title;
	}

	/**
	 * The roles whose holders may answer this lens, in the order a participant is chosen.
	 * @param employment whether the initiative is an employment use (HR joins ethics)
	 * @return the roles
	 */
	public List<Role> roles(boolean employment) {
		if (this == ETHICS && !employment) {
			return List.of(Role.ETHICS);
		}
		return this.roles;
	}

	public static Optional<Lens> fromKey(String key) {
		String wanted = key.trim().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter((l) -> l.key.equals(wanted)).findFirst();
	}

}
