package io.violet.incident;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The roles inside a war room.
 */
public enum IncidentRole {

	COMMANDER, SCRIBE, LIAISON;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<IncidentRole> fromKey(String key) {
		String wanted = key.trim().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter((r) -> r.key().equals(wanted)).findFirst();
	}

}
