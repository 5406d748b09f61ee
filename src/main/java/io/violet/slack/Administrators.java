package io.violet.slack;

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

}
