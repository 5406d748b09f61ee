package io.violet.slack;

/**
 * Tells the slack module who is a guest of the workspace (single- or multi-channel), so
 * that commands and App Home sections that list the organisation's work answer guests
 * with a refusal instead. The directory module answers it from its cached user facts,
 * without calling Slack; without an implementation nobody is a guest.
 */
public interface Guests {

	/** The answer a guest gets for a read of the organisation's work. */
	String FULL_MEMBERS_ONLY = ":lock: Violet is for full members of this workspace: guests cannot read its lists"
			+ " of roles, initiatives, incidents and components. You can still report an AI incident with"
			+ " `/violet incident` and work in the incident rooms you were invited to.";

	/**
	 * Whether a user is a guest, as far as Violet knows without asking Slack (a user not
	 * seen yet is looked up after the answer, and Slack's {@code team_join} and
	 * {@code user_change} events tell it too).
	 * @param userId the user
	 * @return true for a known guest
	 */
	boolean isGuest(String userId);

	/**
	 * Whether a user is known to be a guest, reading only what is cached (nothing is
	 * looked up): for surfaces drawn after the answer, such as the App Home.
	 * @param userId the user
	 * @return true for a known guest
	 */
	default boolean isKnownGuest(String userId) {
		return isGuest(userId);
	}

}
