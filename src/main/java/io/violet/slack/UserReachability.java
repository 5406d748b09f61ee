package io.violet.slack;

/**
 * Tells the slack module which users can no longer be reached (deactivated), so that DMs
 * and invites skip them without calling Slack. The directory module implements it from
 * its cached user facts; without an implementation everyone is reachable.
 */
public interface UserReachability {

	/**
	 * Whether a user can receive messages and invitations.
	 * @param userId the user
	 * @return false for a user known to be deactivated
	 */
	boolean isReachable(String userId);

}
