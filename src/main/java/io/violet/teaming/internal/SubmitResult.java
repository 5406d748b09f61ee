package io.violet.teaming.internal;

import java.util.List;

import io.violet.teaming.Finding;

/**
 * What submitting a page of a lens's modal did.
 *
 * @param outcome what happened
 * @param unanswered how many of the lens's questions still have no answer
 * @param raised the findings raised by completing the lens
 */
public record SubmitResult(Outcome outcome, int unanswered, List<Finding> raised) {

	static SubmitResult of(Outcome outcome) {
		return new SubmitResult(outcome, 0, List.of());
	}

	public enum Outcome {

		/** Saved; some questions are still blank (a draft). */
		DRAFT,
		/** Every question answered: the lens is complete. */
		ANSWERED,
		/** The user is not a participant of the lens. */
		NOT_PARTICIPANT,
		/** The lens was already answered. */
		ALREADY_ANSWERED,
		/** No such session or lens. */
		UNKNOWN

	}

}
