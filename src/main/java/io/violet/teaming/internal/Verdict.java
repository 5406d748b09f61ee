package io.violet.teaming.internal;

/**
 * How a participant answered a question.
 */
public enum Verdict {

	/** Nothing to worry about here. */
	NO_CONCERN,
	/** A concern, with a severity and a text: it becomes a finding. */
	CONCERN,
	/** The question does not apply, with the reason. */
	NOT_APPLICABLE

}
