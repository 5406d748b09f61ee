package io.violet.teaming;

import org.jspecify.annotations.Nullable;

/**
 * What closing a finding did.
 *
 * @param outcome what happened
 * @param finding the finding (after the change), null when there is none
 */
public record Resolution(Outcome outcome, @Nullable Finding finding) {

	public enum Outcome {

		/** Closed now, with the mitigation recorded. */
		RESOLVED,
		/** It was already closed; nothing changed. */
		ALREADY_RESOLVED,
		/** Only the finding's owner and Violet admins may close it. */
		NOT_ALLOWED,
		/** No such finding (or initiative). */
		UNKNOWN,
		/** The mitigation note is empty or too long. */
		INVALID

	}

}
