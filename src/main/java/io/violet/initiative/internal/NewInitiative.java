package io.violet.initiative.internal;

import java.util.Set;

import io.violet.initiative.Attribute;
import io.violet.initiative.RiskTier;

/**
 * What a user asked for when creating an initiative.
 *
 * @param name the name
 * @param description the description, may be empty
 * @param ownerId the owner
 * @param riskTier the tier
 * @param attributes what it does
 */
public record NewInitiative(String name, String description, String ownerId, RiskTier riskTier,
		Set<Attribute> attributes) {

	/** The longest name accepted (the card shows a shortened one). */
	public static final int NAME_MAX = 2000;

	/** The longest description accepted (a modal input's limit). */
	public static final int DESCRIPTION_MAX = 3000;

	public NewInitiative {
		attributes = Set.copyOf(attributes);
	}

	/**
	 * What is wrong with the request.
	 * @return the problem (plain words), or null when it is fine
	 */
	public @org.jspecify.annotations.Nullable String problem() {
		if (this.name.isBlank()) {
			return "The initiative needs a name.";
		}
		if (this.name.length() > NAME_MAX) {
			return "The name is " + this.name.length() + " characters long; keep it under " + NAME_MAX
					+ " and put the rest in the description.";
		}
		if (this.description.length() > DESCRIPTION_MAX) {
			return "The description is longer than " + DESCRIPTION_MAX + " characters.";
		}
		return null;
	}

}
