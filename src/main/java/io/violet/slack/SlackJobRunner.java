package io.violet.slack;

/**
 * Runs queued Slack work. Each node does this by itself: right after a submitting
 * transaction commits, and every {@code violet.slack.work.poll-interval} for work that
 * has come due or whose node stopped checking in. Tests call {@link #runDue()} after
 * moving the clock, instead of waiting for the poller.
 */
public interface SlackJobRunner {

	/**
	 * Runs every job that is due now on the calling thread, one after the other, until
	 * none is due; jobs of nodes that no longer check in are given back first, and runs
	 * this node already started elsewhere are waited for.
	 * @return how many runs this call made
	 */
	int runDue();

}
