package io.violet.initiative;

import java.util.List;

/**
 * Decides whether an initiative may enter a stage, and reports where its reviews stand.
 * The review module implements it; without one, no stage is gated.
 */
public interface StageGate {

	/**
	 * What is missing before the initiative may enter a stage.
	 * @param initiative the initiative
	 * @param target the stage it would enter
	 * @return one line (mrkdwn) per missing approval; empty when it may enter
	 */
	List<String> missingApprovals(InitiativeDetails initiative, Stage target);

	/**
	 * The initiative's reviews, for its card and lists.
	 * @param initiativeKey the key
	 * @return its reviews, in a stable order
	 */
	List<ReviewState> reviews(String initiativeKey);

	/**
	 * One review as the card shows it.
	 *
	 * @param kind the review kind's key, e.g. {@code privacy}
	 * @param title its title, e.g. {@code Privacy (DPIA)}
	 * @param approved whether every required role approved it
	 * @param progress e.g. {@code 1/2 approved, changes requested by Legal}
	 */
	record ReviewState(String kind, String title, boolean approved, String progress) {

	}

}
