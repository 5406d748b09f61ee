package io.violet.directory;

import java.time.Instant;
import java.util.List;

/**
 * A deactivated user's roles were ended and some of them have no owner left (no backup
 * could take over): admins should assign one. Published in the transaction that ended
 * them, once per deactivation.
 *
 * @param userId the deactivated user
 * @param roles the roles now without an owner
 * @param at when Violet learned of the deactivation
 */
public record RolesLeftWithoutOwner(String userId, List<Role> roles, Instant at) {

	public RolesLeftWithoutOwner {
		roles = List.copyOf(roles);
	}

}
