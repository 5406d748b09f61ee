package io.violet.teaming.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What {@code teaming start} did.
 *
 * @param outcome what happened
 * @param session the session (new, or the open one people were added to), or null
 * @param added people added to an open session
 * @param problem what was wrong with the request, for {@link Outcome#INVALID}
 */
public record StartResult(Outcome outcome, @Nullable SessionView session, List<String> added,
		@Nullable String problem) {

	static StartResult of(Outcome outcome) {
		return new StartResult(outcome, null, List.of(), null);
	}

	static StartResult invalid(String problem) {
		return new StartResult(Outcome.INVALID, null, List.of(), problem);
	}

	public enum Outcome {

		/** A new session started. */
		STARTED,
		/** The initiative had an open session; the people named were added to it. */
		ADDED,
		/** The initiative has an open session already. */
		ALREADY_OPEN,
		/** No such initiative. */
		UNKNOWN,
		/** Only admins, the owner and security-architect owners may start one. */
		NOT_ALLOWED,
		/** The initiative is retired. */
		RETIRED,
		/** Something in the request was wrong ({@link StartResult#problem()}). */
		INVALID

	}

}
