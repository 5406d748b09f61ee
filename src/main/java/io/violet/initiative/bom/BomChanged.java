package io.violet.initiative.bom;

import org.jspecify.annotations.Nullable;

/**
 * An initiative's ML-BOM gained or lost a component, published in the transaction that
 * changed it, so that the initiative's thread hears of it ({@code initiative.bom.slack}
 * words the note).
 *
 * @param initiativeKey the initiative
 * @param change added or removed
 * @param kind the component's kind
 * @param coordinates its {@code name@version}
 * @param supplier its supplier as typed, null when built in-house
 * @param personalData whether it is a dataset with personal data
 * @param actor who changed it
 */
public record BomChanged(String initiativeKey, Change change, ComponentKind kind, String coordinates,
		@Nullable String supplier, boolean personalData, String actor) {

	static BomChanged of(Change change, BomComponent component, String actor) {
		return new BomChanged(component.initiativeKey(), change, component.kind(), component.coordinates(),
				component.supplier(), component.personalData(), actor);
	}

	/**
	 * What happened to the component.
	 */
	public enum Change {

		ADDED, REMOVED

	}

}
