package io.violet.directory;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who holds a role.
 *
 * @param role the role
 * @param owners the owners, the primary first
 * @param backups the backups
 */
public record RoleHolders(Role role, List<String> owners, List<String> backups) {

	/**
	 * The first owner, who e.g. becomes commander of a new incident.
	 * @return the primary, or empty when the role has no owner
	 */
	public Optional<String> primary() {
		return this.owners.stream().findFirst();
	}

	public boolean hasOwners() {
		return !this.owners.isEmpty();
	}

	/**
	 * Owners and backups, without repeats.
	 * @return everyone holding the role
	 */
	public Set<String> everyone() {
		Set<String> all = new LinkedHashSet<>(this.owners);
		all.addAll(this.backups);
		return all;
	}

	public boolean includes(String userId) {
		return this.owners.contains(userId) || this.backups.contains(userId);
	}

}
