package io.violet.followup;

/**
 * Where a follow-up came from.
 */
public enum FollowUpSource {

	/** {@code /violet follow-up add}. */
	MANUAL,

	/** {@code /violet incident follow-up} in a war room. */
	INCIDENT,

	/** A post-mortem action the commander confirmed. */
	POST_MORTEM,

	/** A review sent back with "Request changes". */
	REVIEW,

	/** A violet-team finding. */
	FINDING

}
