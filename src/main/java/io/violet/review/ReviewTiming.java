package io.violet.review;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * When a review was asked for, when it is due and when it was approved: the facts its
 * turnaround is measured from.
 *
 * @param reviewId the review
 * @param initiativeKey its initiative, e.g. {@code AI-7}
 * @param kind its kind
 * @param requestedAt when it was requested
 * @param dueAt when it is due
 * @param approvedAt when every required role had approved it; null while open
 */
public record ReviewTiming(long reviewId, String initiativeKey, ReviewKind kind, Instant requestedAt, Instant dueAt,
		@Nullable Instant approvedAt) {

	public boolean open() {
		return this.approvedAt == null;
	}

}
