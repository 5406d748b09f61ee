package io.violet.review;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Someone approved a review or asked for changes, for one or more roles.
 *
 * @param reviewId the review
 * @param initiativeKey its initiative
 * @param kind its kind
 * @param approved true for an approval, false for changes requested
 * @param by who decided
 * @param reviewApproved whether the review as a whole is now approved
 * @param reason what the reviewer wrote (required when they request changes), as typed;
 * null when they wrote nothing
 * @param decidedAt when; with the review and the reviewer it names this one decision
 */
public record ReviewDecided(long reviewId, String initiativeKey, ReviewKind kind, boolean approved, String by,
		boolean reviewApproved, @Nullable String reason, Instant decidedAt) {

}
