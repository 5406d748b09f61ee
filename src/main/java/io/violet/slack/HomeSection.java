package io.violet.slack;

import java.util.List;

import com.slack.api.model.block.LayoutBlock;
import org.jspecify.annotations.Nullable;

/**
 * A module's section of a user's App Home tab. The Home puts every section's quick
 * actions in one row at the top, then the sections, those that ask something of the user
 * first, within Slack's 100 blocks; a section that does not fit is replaced by its "more"
 * hint.
 * <p>
 * A button on the Home must lead to the same handler (and so the same permission checks)
 * as the same button elsewhere: give it the action id of that surface.
 */
public interface HomeSection {

	/**
	 * Where the section stands among sections of the same relevance; lower comes first.
	 * @return the order
	 */
	int order();

	/**
	 * The section's blocks for one user; keep it short (a Home holds 100 blocks).
	 * @param userId the user looking at their Home
	 * @return the blocks, empty to leave the section out
	 */
	List<LayoutBlock> render(String userId);

	/**
	 * The section with how much it matters to the user now and where to see all of it.
	 * @param userId the user looking at their Home
	 * @return the part; by default {@link #render(String)} as information
	 */
	default Part part(String userId) {
		return new Part(render(userId), Relevance.INFORMATION, null);
	}

	/**
	 * Buttons for the Home's top row, e.g. "Report an AI incident".
	 * @param userId the user looking at their Home
	 * @return the actions this user may start, none by default
	 */
	default List<HomeAction> actions(String userId) {
		return List.of();
	}

	/**
	 * Whether the section lists the organisation's work rather than the user's own: it is
	 * left out of a guest's Home (see {@link Guests}); its actions stay.
	 * @return true for sections meant for full members only
	 */
	default boolean forFullMembersOnly() {
		return false;
	}

	/**
	 * How much a section asks of the user now.
	 */
	enum Relevance {

		/** something waits for the user's decision or answer */
		ACTION_NEEDED,

		/** something of the user's is coming up or under way */
		UNDER_WAY,

		/** for reference */
		INFORMATION

	}

	/**
	 * A rendered section.
	 *
	 * @param blocks its blocks, empty to leave it out
	 * @param relevance how much it asks of the user now
	 * @param more where to see all of it (mrkdwn, e.g.
	 * {@code `/violet review list mine`}), shown in its place when it does not fit
	 */
	record Part(List<LayoutBlock> blocks, Relevance relevance, @Nullable String more) {

		public Part {
			blocks = List.copyOf(blocks);
		}

	}

	/**
	 * A button of the Home's top row.
	 *
	 * @param actionId the action id, handled by the module that offers it
	 * @param label the button's text (at most 75 characters)
	 * @param value the button's value
	 * @param primary whether it is the highlighted one
	 */
	record HomeAction(String actionId, String label, String value, boolean primary) {

	}

}
