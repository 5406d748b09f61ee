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

	/**
	 * Slack refused a DM or an invite because the user is gone ({@code user_disabled},
	 * {@code user_not_found}…), so that the directory can stop sending them things. Said
	 * once per refused effect, from a Slack work thread outside any transaction.
	 * @param userId the user
	 * @param error Slack's error code
	 */
	default void unreachable(String userId, String error) {
	}

}
