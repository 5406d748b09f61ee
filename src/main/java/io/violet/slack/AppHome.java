package io.violet.slack;

import java.util.List;

import com.slack.api.model.block.LayoutBlock;

import org.springframework.stereotype.Component;

/**
 * Keeps users' App Homes current: a refresh is queued as Slack work
 * ({@link HomePublishing}) that assembles the Home from every module's
 * {@link HomeSection} and publishes it after the current transaction commits, on a work
 * thread, never while a request waits for its ack or a transaction holds a connection. A
 * refresh queued while another for the same user is still pending is absorbed by it.
 */
@Component
public class AppHome {

	private final SlackJobs jobs;

	private final HomePublishing publishing;

	AppHome(SlackJobs jobs, HomePublishing publishing) {
		this.jobs = jobs;
		this.publishing = publishing;
	}

	/**
	 * Republishes the user's Home soon after the current transaction commits (at once
	 * without one).
	 * @param userId the user
	 */
	public void refresh(String userId) {
		this.jobs.refresh(HomePublishing.TYPE, HomePublishing.TYPE + ":" + userId, userId);
	}

	/**
	 * The same as {@link #refresh}: kept for callers that handle a request, where the
	 * name says that the Home is published after the answer.
	 * @param userId the user
	 */
	public void refreshLater(String userId) {
		refresh(userId);
	}

	List<LayoutBlock> blocks(String userId) {
		return this.publishing.blocks(userId);
	}

}
