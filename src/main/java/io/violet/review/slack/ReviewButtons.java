package io.violet.review.slack;

import java.util.List;

import io.violet.initiative.ThreadMessage;

/**
 * The Approve, Request changes and Comment buttons under every review request, reminder
 * and App Home entry; one handler ({@link ReviewInteractions}) answers them wherever they
 * are clicked.
 */
final class ReviewButtons {

	static final String APPROVE = "review_approve";

	static final String REQUEST_CHANGES = "review_request_changes";

	static final String COMMENT = "review_comment";

	private ReviewButtons() {
	}

	/**
	 * The buttons of a message about a review.
	 * @param reviewId the review, handed back on click
	 * @return Approve, Request changes, Comment
	 */
	static List<ThreadMessage.Button> of(long reviewId) {
		String value = Long.toString(reviewId);
		return List.of(new ThreadMessage.Button(APPROVE, "Approve", value, "primary"),
				new ThreadMessage.Button(REQUEST_CHANGES, "Request changes", value, "danger"),
				new ThreadMessage.Button(COMMENT, "Comment", value, ""));
	}

}
