package io.violet.initiative;

import java.util.Optional;

import io.violet.Keyed;

/**
 * What an initiative does that decides which reviews it needs.
 */
public enum Attribute implements Keyed {

	PERSONAL_DATA("personal-data", "Personal data"),

	THIRD_PARTY_MODEL("third-party-model", "Third-party model or API"),

	AFFECTS_PEOPLE("affects-people", "Decisions about people"),

	EMPLOYMENT("employment", "Employment use"),

	GENAI("genai", "Generative AI"),

	CUSTOMER_FACING("customer-facing", "Customer-facing"),

	EU_MARKET("eu", "Placed on the EU market");

	private final String key;

	private final String title;

	Attribute(String key, String title) {
		this.key = key;
		this.title = title;
	}

	/**
	 * The key, also the command-line flag without its dashes.
	 * @return e.g. {@code personal-data}
	 */
	@Override
	public String key() {
		return this.key;
	}

	public String title() {
		return this.title;
	}

	public String flag() {
		return "--" + this.key;
	}

	public static Optional<Attribute> fromKey(String key) {
		return Keyed.fromKey(Attribute.class, key);
	}

}
