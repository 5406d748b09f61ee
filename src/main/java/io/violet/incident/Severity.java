package io.violet.incident;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How bad an incident is; sev1 is the worst.
 */
public enum Severity {

	SEV1("sev1", "Critical: people harmed or at risk, data exposed at scale, or a core service down."),

	SEV2("sev2", "Major: real impact on customers or data, contained to part of a system."),

	SEV3("sev3", "Moderate: limited impact, a workaround exists."),

	SEV4("sev4", "Minor: a weakness or near miss, no impact yet.");

	private final String key;

	private final String definition;

	Severity(String key, String definition) {
		this.key = key;
		this.definition = definition;
	}

	public String key() {
		return this.key;
	}

	public String definition() {
		return this.definition;
	}

	/**
	 * Whether communications must be in the room.
	 * @return true for sev1 and sev2
	 */
	public boolean major() {
		return this == SEV1 || this == SEV2;
	}

	public static Optional<Severity> fromKey(String key) {
		String wanted = key.trim().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter((s) -> s.key.equals(wanted)).findFirst();
	}

}
