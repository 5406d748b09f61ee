package io.violet.slack;

import java.time.Duration;
import java.time.Instant;

/**
 * Slack asked Violet to wait longer than a thread may sleep ({@code Retry-After} beyond
 * {@code violet.slack.work.max-retry-sleep}): the work that made the call is given back
 * and runs again not before the time Slack named. Durable Slack jobs turn it into the
 * job's next time; a listener that still calls Slack directly fails and its event
 * publication is resubmitted later.
 */
public class SlackRetryLaterException extends SlackUnavailableException {

	private final Instant notBefore;

	private final Duration retryAfter;

	public SlackRetryLaterException(SlackMethod method, Duration retryAfter, Instant notBefore, Throwable cause) {
		super(method, "ratelimited", "rate-limited; retry after " + retryAfter.toSeconds() + " s", cause);
		this.retryAfter = retryAfter;
		this.notBefore = notBefore;
	}

	/**
	 * When the call may be made again.
	 * @return the time Slack named
	 */
	public Instant notBefore() {
		return this.notBefore;
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

}
