package io.violet.slack;

import java.util.List;

import com.slack.api.model.block.LayoutBlock;

/**
 * A module's section of a user's App Home tab.
 */
public interface HomeSection {

	/**
	 * Where the section stands; lower comes first.
	 * @return the order
	 */
	int order();

	/**
	 * The section's blocks for one user; keep it short (a Home holds 100 blocks).
	 * @param userId the user looking at their Home
	 * @return the blocks, empty to leave the section out
	 */
	List<LayoutBlock> render(String userId);

}
