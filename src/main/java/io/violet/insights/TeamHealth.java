package io.violet.insights;

import java.util.List;

import io.violet.directory.Role;
import org.jspecify.annotations.Nullable;

/**
 * Whether the team's load is shared: roles nobody or only one person holds, roles whose
 * backups are asked more than their owners, and how much waits per person.
 *
 * @param unowned roles without an owner
 * @param singleOwner roles with exactly one owner and no backup
 * @param asks per role with any reminders in the period, the nudges to its owners and the
 * escalations to its backups
 * @param waiting per person with work waiting (reviews or follow-ups), the most loaded
 * first (at most 20)
 * @param peopleWaiting how many people have work waiting
 * @param named whether {@link PersonLoad#userId()} is filled (only for hr, compliance and
 * admins)
 */
public record TeamHealth(List<Role> unowned, List<Role> singleOwner, List<RoleAsks> asks, List<PersonLoad> waiting,
		int peopleWaiting, boolean named) {

	/**
	 * Roles whose backups were asked more than their owners.
	 * @return those roles' asks
	 */
	public List<RoleAsks> backupsAskedMore() {
		return this.asks.stream().filter(RoleAsks::backupsAskedMore).toList();
	}

	/**
	 * Reminders about one role's pending sign-offs.
	 *
	 * @param role the role
	 * @param ownerAsks nudges sent to its owners
	 * @param backupAsks escalations sent to its backups
	 */
	public record RoleAsks(Role role, int ownerAsks, int backupAsks) {

		public boolean backupsAskedMore() {
			return this.backupAsks > this.ownerAsks;
		}

	}

	/**
	 * What waits for one person.
	 *
	 * @param userId the person, or null when the viewer may not see names
	 * @param reviews open reviews waiting for the sign-off of a role they own
	 * @param followUps open follow-ups they own
	 */
	public record PersonLoad(@Nullable String userId, int reviews, int followUps) {

		public int total() {
			return this.reviews + this.followUps;
		}

	}

}
