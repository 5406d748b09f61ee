package io.violet.initiative;

import java.util.Optional;

/**
 * What other modules may ask about initiatives' ML-BOM inventories.
 */
public interface ComponentInventory {

	/**
	 * A component of an initiative.
	 * @param initiativeKey e.g. {@code AI-3}, any case
	 * @param name the component's name, any case
	 * @param version its version
	 * @return the component, or empty when the initiative's ML-BOM does not list it
	 */
	Optional<InventoryComponent> find(String initiativeKey, String name, String version);

	/**
	 * Whether a user may change an initiative's inventory and record scans for it: its
	 * owner, ml-engineer, ml-architect and threat-analyst owners, and admins.
	 * @param initiative the initiative
	 * @param userId the user
	 * @return true when they may
	 */
	boolean mayChange(InitiativeSummary initiative, String userId);

	/**
	 * A component as other modules see it.
	 *
	 * @param initiativeKey the initiative's key, as stored
	 * @param kind {@code model}, {@code dataset}, {@code library} or {@code service}
	 * @param name the name, as stored
	 * @param version the version
	 * @param outside whether it has a supplier
	 */
	record InventoryComponent(String initiativeKey, String kind, String name, String version, boolean outside) {

		public String coordinates() {
			return this.name + "@" + this.version;
		}

	}

}
