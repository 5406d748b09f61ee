package io.violet.incident.internal;

/**
 * The answer to a user's request: done (with what to tell them) or refused (with why).
 *
 * @param ok whether it was done
 * @param message what to tell the user (mrkdwn, escaped)
 */
public record Outcome(boolean ok, String message) {

	public static Outcome done(String message) {
		return new Outcome(true, message);
	}

	public static Outcome refused(String message) {
		return new Outcome(false, message);
	}

}
