package io.violet.slack;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Slack work is run and retried ({@code violet.slack.work.*}); the reasons for the
 * defaults are in {@code application.yml}.
 *
 * @param maxRetrySleep the longest {@code Retry-After} (or server-error backoff) a thread
 * sleeps through; a longer one ends the call with {@link SlackRetryLaterException}
 * @param workers threads that run Slack jobs (they mostly wait on Slack and hold no
 * database connection meanwhile)
 * @param pollInterval how often each node looks for due jobs and for jobs of nodes that
 * stopped checking in
 * @param maxFailures transient failures (5xx, timeouts…) of one job before it is parked;
 * rate limits do not count
 * @param firstBackoff the wait after the first transient failure; it doubles with each
 * @param maxBackoff the longest wait between two tries
 * @param retention how long finished jobs and their effect records are kept
 */
@ConfigurationProperties("violet.slack.work")
public record SlackWorkSettings(@DefaultValue("3s") Duration maxRetrySleep, @DefaultValue("64") int workers,
		@DefaultValue("2s") Duration pollInterval, @DefaultValue("8") int maxFailures,
		@DefaultValue("5s") Duration firstBackoff, @DefaultValue("15m") Duration maxBackoff,
		@DefaultValue("30d") Duration retention) {

	/**
	 * The wait after a number of transient failures.
	 * @param failures failures so far, from 1
	 * @return the wait
	 */
	public Duration backoff(int failures) {
		Duration wait = this.firstBackoff;
		for (int i = 1; i < failures && wait.compareTo(this.maxBackoff) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return (wait.compareTo(this.maxBackoff) > 0) ? this.maxBackoff : wait;
	}

}
