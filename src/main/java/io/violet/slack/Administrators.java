package io.violet.slack;

import java.util.Set;

/**
 * Who administers Violet; the directory module answers it.
 */
public interface Administrators {

	/**
	 * Whether the user is a Violet admin ({@code VIOLET_ADMINS}) or a workspace admin or
	 * owner.
	 * @param userId a Slack user id
	 * @return true for admins
	 */
	boolean isAdmin(String userId);

	/**
	 * The admins named in {@code VIOLET_ADMINS}: those Violet tells when a person must
	 * fix its installation.
	 * @return their user ids
	 */
	default Set<String> configuredAdmins() {
		return Set.of();
	}

	/**
	 * Whether a user is an admin as far as Violet knows without asking Slack, for
	 * surfaces that must not wait on it (App Home).
	 * @param userId a Slack user id
	 * @return true for admins named in {@code VIOLET_ADMINS} or known to be workspace
	 * admins
	 */
	default boolean isKnownAdmin(String userId) {
		return configuredAdmins().contains(userId);
	}

}
