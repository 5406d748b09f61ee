package io.violet.review;

/**
 * Someone approved a review or asked for changes, for one or more roles.
 *
 * @param reviewId the review
 * @param initiativeKey its initiative
 * @param kind its kind
 * @param approved true for an approval, false for changes requested
 * @param by who decided
 * @param reviewApproved whether the review as a whole is now approved
 */
public record ReviewDecided(long reviewId, String initiativeKey, ReviewKind kind, boolean approved, String by,
		boolean reviewApproved) {

}
