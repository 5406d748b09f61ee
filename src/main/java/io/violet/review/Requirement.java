package io.violet.review;

/**
 * What asking for a review did.
 *
 * @param outcome what happened
 * @param reviewId the review (new or existing), -1 when none
 */
public record Requirement(Outcome outcome, long reviewId) {

	public enum Outcome {

		/** The review was requested now; its owners are being asked. */
		REQUESTED,
		/** The initiative already has a review of this kind (open or approved). */
		ALREADY_REQUESTED,
		/** There is no initiative with that key. */
		UNKNOWN_INITIATIVE,
		/** The initiative is retired. */
		RETIRED

	}

}
