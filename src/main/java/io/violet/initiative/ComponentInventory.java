package io.violet.initiative;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

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
	 * Every component of an initiative, models first.
	 * @param initiativeKey e.g. {@code AI-3}, any case
	 * @return its components, empty when it has none or there is no such initiative
	 */
	List<InventoryComponent> components(String initiativeKey);

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
	 * @param personalData whether it is a dataset that contains personal data
	 * @param task a model's task as typed (e.g. {@code retrieval}), or null
	 */
	record InventoryComponent(String initiativeKey, String kind, String name, String version, boolean outside,
			boolean personalData, @Nullable String task) {

		public String coordinates() {
			return this.name + "@" + this.version;
		}

	}

}
