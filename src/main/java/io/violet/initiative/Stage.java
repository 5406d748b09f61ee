package io.violet.initiative;

import java.util.Optional;

import io.violet.Keyed;

/**
 * An initiative's lifecycle, in order.
 */
public enum Stage implements Keyed {

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

	@Override
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
		return Keyed.fromKey(Stage.class, key);
	}

}
