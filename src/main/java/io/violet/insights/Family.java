package io.violet.insights;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A family of figures, as named in {@code /violet insights <family>}.
 */
public enum Family {

	REVIEWS("reviews", true), TRAININGS("trainings", true), INCIDENTS("incidents", false), DRILLS("drills", false),
	TEAM("team", true);

	private final String key;

	private final boolean perRole;

	Family(String key, boolean perRole) {
		this.key = key;
		this.perRole = perRole;
	}

	public String key() {
		return this.key;
	}

	/**
	 * Whether {@code --role} narrows this family.
	 * @return true for reviews, trainings and team
	 */
	public boolean perRole() {
		return this.perRole;
	}

	public static Optional<Family> fromKey(String key) {
		String wanted = key.trim().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter((f) -> f.key.equals(wanted)).findFirst();
	}

	public static String allKeys() {
		return Arrays.stream(values()).map(Family::key).collect(Collectors.joining("|"));
	}

}
