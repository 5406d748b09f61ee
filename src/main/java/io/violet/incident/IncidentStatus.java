package io.violet.incident;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where an incident stands.
 */
public enum IncidentStatus {

	INVESTIGATING, CONTAINED, RESOLVED;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<IncidentStatus> fromKey(String key) {
		String wanted = key.trim().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter((s) -> s.key().equals(wanted)).findFirst();
	}

}
