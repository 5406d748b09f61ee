package io.violet.review.scan;

import java.util.List;

import io.violet.directory.Role;

/**
 * What recording a scan did, published in the transaction that stored it so that the
 * initiative's thread hears of it ({@code review.scan.slack} words the note).
 *
 * @param result the stored result
 * @param review what became of the initiative's model-scan review
 * @param waitingFor the roles an open review still waits for (empty otherwise)
 * @param triagers who is asked to triage a failing scan: the owners of
 * {@link Scans#PINGED_ON_FAILURE}, empty for a passing scan
 */
public record ScanConsequences(ScanResult result, ReviewEffect review, List<Role> waitingFor, List<String> triagers) {

	public ScanConsequences {
		waitingFor = List.copyOf(waitingFor);
		triagers = List.copyOf(triagers);
	}

	/**
	 * What became of the model-scan review.
	 */
	public enum ReviewEffect {

		/** A failing scan sent the existing review back for new approvals. */
		SENT_BACK,

		/** A failing scan required the review, which the initiative did not have. */
		REQUIRED,

		/** A passing scan is noted on a review that is approved. */
		NOTED_APPROVED,

		/** A passing scan is noted on a review that is still open. */
		NOTED_OPEN,

		/** A passing scan, and the initiative has no model-scan review. */
		NO_REVIEW

	}

}
