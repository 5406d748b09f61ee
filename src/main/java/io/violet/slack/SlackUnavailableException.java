package io.violet.slack;

/**
 * Slack did not answer a call that must not be lost: the work that made it is retried
 * later (an event publication stays incomplete and is resubmitted).
 */
public class SlackUnavailableException extends RuntimeException {

	private final SlackMethod method;

	public SlackUnavailableException(SlackMethod method, String reason, Throwable cause) {
		super(method.method() + " failed: " + reason, cause);
		this.method = method;
	}

	public SlackMethod method() {
		return this.method;
	}

}
