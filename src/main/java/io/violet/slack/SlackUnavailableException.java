package io.violet.slack;

import org.jspecify.annotations.Nullable;

/**
 * Slack did not answer a call that must not be lost, or answered with a transient error
 * ({@link SlackErrors.Kind#TRANSIENT}): the work that made it is retried later (a Slack
 * job is given back; an event publication stays incomplete and is resubmitted).
 */
public class SlackUnavailableException extends RuntimeException {

	private final SlackMethod method;

	private final String error;

	public SlackUnavailableException(SlackMethod method, String reason, @Nullable Throwable cause) {
		this(method, "unavailable", reason, cause);
	}

	public SlackUnavailableException(SlackMethod method, String error, String reason, @Nullable Throwable cause) {
		super(method.method() + " failed: " + reason, cause);
		this.method = method;
		this.error = error;
	}

	public SlackMethod method() {
		return this.method;
	}

	/**
	 * What went wrong, as an error code, e.g. {@code http_503}, {@code timeout},
	 * {@code ratelimited} or Slack's own transient code.
	 * @return the code
	 */
	public String error() {
		return this.error;
	}

}
