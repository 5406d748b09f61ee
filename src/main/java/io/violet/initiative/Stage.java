package io.violet.initiative;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * An initiative's lifecycle, in order.
 */
public enum Stage {

	PROPOSED("proposed", "Proposed"),

	IN_DEVELOPMENT("in-development", "In development"),

	PRE_DEPLOYMENT("pre-deployment", "Pre-deployment"),

	IN_PRODUCTION("in-production", "In production"),

	RETIRED("retired", "Retired");

	private final String key;

	private final String title;

	Stage(String key, String title) {
		this.key = key;
		this.title = title;
	}

	public String key() {
		return this.key;
	}

	public String title() {
		return this.title;
	}

	/**
	 * The stage after this one.
	 * @return the next stage, empty for {@link #RETIRED}
	 */
	public Optional<Stage> next() {
		return (this == RETIRED) ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
	}

	public static Optional<Stage> fromKey(String key) {
		String wanted = key.trim().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter((s) -> s.key.equals(wanted)).findFirst();
	}

}
