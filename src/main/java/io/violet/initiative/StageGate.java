package io.violet.initiative;

import java.util.List;

/**
 * Decides whether an initiative may enter a stage, and reports where its reviews stand.
 * Other modules implement it (reviews, follow-ups, violet-team sessions): the initiative
 * may enter a stage only when no gate holds it, and a refusal lists what every gate holds
 * it for. Without any, no stage is gated.
 */
public interface StageGate {

	/**
	 * What is missing before the initiative may enter a stage.
	 * @param initiative the initiative
	 * @param target the stage it would enter
	 * @return one line (mrkdwn) per missing approval or open blocker; empty when this
	 * gate lets it enter
	 */
	List<String> missingApprovals(InitiativeDetails initiative, Stage target);

	/**
	 * The initiative's reviews, for its card and lists; a gate that holds no reviews
	 * contributes none.
	 * @param initiativeKey the key
	 * @return its reviews, in a stable order
	 */
	default List<ReviewState> reviews(String initiativeKey) {
		return List.of();
	}

	/**
	 * Everything every gate holds an initiative for before it may enter a stage, in the
	 * gates' order.
	 * @param gates the gates
	 * @param initiative the initiative
	 * @param target the stage it would enter
	 * @return the lines, empty when it may enter
	 */
	static List<String> missingApprovals(Iterable<StageGate> gates, InitiativeDetails initiative, Stage target) {
		List<String> missing = new java.util.ArrayList<>();
		gates.forEach((gate) -> missing.addAll(gate.missingApprovals(initiative, target)));
		return List.copyOf(missing);
	}

	/**
	 * Every gate's reviews of an initiative.
	 * @param gates the gates
	 * @param initiativeKey the key
	 * @return the reviews, in the gates' order
	 */
	static List<ReviewState> reviews(Iterable<StageGate> gates, String initiativeKey) {
		List<ReviewState> reviews = new java.util.ArrayList<>();
		gates.forEach((gate) -> reviews.addAll(gate.reviews(initiativeKey)));
		return List.copyOf(reviews);
	}

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
