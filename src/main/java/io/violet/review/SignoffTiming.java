package io.violet.review;

import java.time.Instant;

import io.violet.directory.Role;
import org.jspecify.annotations.Nullable;

/**
 * One role's sign-off on a review, with the times its turnaround is measured from.
 *
 * @param reviewId the review
 * @param kind the review's kind
 * @param role the role whose sign-off it is
 * @param decision where the sign-off stands
 * @param requestedAt when the review was requested
 * @param dueAt when the review is due
 * @param decidedAt when the role last decided; null while pending
 * @param decidedBy who decided ({@code violet} when Violet sent the review back); null
 * while pending
 * @param reviewOpen whether the review is still open
 */
public record SignoffTiming(long reviewId, ReviewKind kind, Role role, Decision decision, Instant requestedAt,
		Instant dueAt, @Nullable Instant decidedAt, @Nullable String decidedBy, boolean reviewOpen) {

	/**
	 * Where a sign-off stands.
	 */
	public enum Decision {

		PENDING, APPROVED, CHANGES_REQUESTED

	}

}
