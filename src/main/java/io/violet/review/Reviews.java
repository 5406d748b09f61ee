package io.violet.review;

import java.util.List;

import io.violet.review.internal.ReviewService;

import org.springframework.stereotype.Service;

/**
 * The review module's facade for other modules (e.g. the ML-BOM and scan results, which
 * require reviews when an inventory change calls for one).
 */
@Service
public class Reviews {

	private final ReviewService service;

	Reviews(ReviewService service) {
		this.service = service;
	}

	/**
	 * Requires a review of a kind for an initiative, with the reason it applies. Owners
	 * of the kind's roles are asked in the initiative's thread and by direct message; an
	 * existing review of the kind is kept as it is.
	 * @param initiativeKey e.g. {@code AI-7}
	 * @param kind the kind
	 * @param reason why it applies, plain text (escaped when shown)
	 * @param requestedBy a Slack user id, or {@code violet} when Violet requires it
	 * @return what happened
	 */
	public Requirement require(String initiativeKey, ReviewKind kind, String reason, String requestedBy) {
		return this.service.require(initiativeKey, kind, reason, requestedBy);
	}

	/**
	 * Sends a review back because something it covers failed (e.g. a model scan): its
	 * sign-offs become "changes requested" and an approved review is open again; an
	 * initiative without one gets it required.
	 * @param initiativeKey e.g. {@code AI-7}
	 * @param kind the kind
	 * @param reason why, plain text
	 * @param by a Slack user id, or {@code violet}
	 * @return what happened
	 */
	public Requirement sendBack(String initiativeKey, ReviewKind kind, String reason, String by) {
		return this.service.sendBack(initiativeKey, kind, reason, by);
	}

	/**
	 * An initiative's reviews.
	 * @param initiativeKey e.g. {@code AI-7}
	 * @return its reviews, oldest first
	 */
	public List<ReviewSummary> of(String initiativeKey) {
		return this.service.summaries(initiativeKey);
	}

}
